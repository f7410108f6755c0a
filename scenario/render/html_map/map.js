/* The interactive map of scenario: Mind Elixir draws the map (read-only); this script
   adds the keyboard, the search, the panel of details and the print view.
   It never builds HTML from the course's text: the map's words are set as text by
   Mind Elixir, the cards of details are written (escaped) by Python and only shown here. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var words = data.words;
  var MindElixir = window.MindElixirLite.default;
  var mapEl = document.getElementById("map");
  var panel = document.getElementById("panel");
  var search = document.getElementById("search");
  var status = document.getElementById("status");
  var current = "root";
  var opened = null;
  var matches = [];
  var down = null;

  var mind = null;

  function start() {
    mind = new MindElixir({
      el: mapEl,
      direction: MindElixir.SIDE,
      editable: false,
      contextMenu: false,
      toolBar: false,
      keypress: false,
      allowUndo: false,
      alignment: "root",
      scaleMin: 0.15,
      scaleMax: 3,
      theme: data.theme
    });
    mind.init(data.mind);
    mind.container.setAttribute("tabindex", "-1");
    mind.bus.addListener("linkDiv", decorate);
    mind.bus.addListener("expandNode", function () { decorate(); });
    mind.scaleFit();
    decorate();
    document.documentElement.setAttribute("data-ready", "true");
  }

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[-_]/g, " ")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }

  function element(id) {
    return mapEl.querySelector('me-tpc[data-nodeid="me' + id + '"]');
  }

  function objectOf(id) {
    var tpc = element(id);
    if (tpc) { return tpc.nodeObj; }
    var found = null;
    (function walk(node) {
      if (found) { return; }
      if (node.id === id) { found = node; return; }
      (node.children || []).forEach(walk);
    })(mind.nodeData);
    return found;
  }

  function hasChildren(node) { return !!(node.children && node.children.length); }
  function isOpen(node) { return node.expanded !== false; }

  function depth(node) {
    var level = 1;
    while (node.parent) { level += 1; node = node.parent; }
    return level;
  }

  /* The nodes on screen in reading order: the course, then each phase in path order
     followed by what is unfolded under it. */
  function visible() {
    var order = ["root"];
    function walk(node) {
      order.push(node.id);
      if (hasChildren(node) && isOpen(node)) { node.children.forEach(walk); }
    }
    var phases = {};
    (mind.nodeData.children || []).forEach(function (node) { phases[node.id] = node; });
    data.phases.forEach(function (phase) {
      if (phases[phase.node]) { walk(phases[phase.node]); }
    });
    return order;
  }

  function decorate() {
    if (!element(current)) {
      var node = objectOf(current);
      while (node && node.parent && !element(node.id)) { node = node.parent; }
      current = node ? node.id : "root";
    }
    mapEl.querySelectorAll("me-tpc").forEach(function (tpc) {
      var node = tpc.nodeObj;
      tpc.setAttribute("role", "treeitem");
      tpc.setAttribute("aria-level", String(depth(node)));
      tpc.setAttribute("tabindex", node.id === current ? "0" : "-1");
      tpc.setAttribute("aria-selected", node.id === opened ? "true" : "false");
      if (hasChildren(node)) {
        tpc.setAttribute("aria-expanded", isOpen(node) ? "true" : "false");
      } else {
        tpc.removeAttribute("aria-expanded");
      }
      tpc.classList.toggle("is-current", node.id === current);
      tpc.classList.toggle("is-open", node.id === opened);
      tpc.classList.toggle("is-match", matches.indexOf(node.id) >= 0);
    });
    mapEl.querySelectorAll("me-epd").forEach(function (epd) {
      epd.setAttribute("aria-hidden", "true");
    });
  }

  function focusNode(id) {
    var before = element(current);
    var tpc = element(id);
    if (before && tpc) {
      /* Only the roving tab stop moves: no need to go over every node again. */
      before.setAttribute("tabindex", "-1");
      before.classList.remove("is-current");
      tpc.setAttribute("tabindex", "0");
      tpc.classList.add("is-current");
      current = id;
    } else {
      current = id;
      decorate();
      tpc = element(id);
    }
    if (tpc) {
      tpc.focus({ preventScroll: true });
      mind.scrollIntoView(tpc);
    }
  }

  function toggle(id, open) {
    var tpc = element(id);
    if (tpc && hasChildren(tpc.nodeObj)) { mind.expandNode(tpc, open); }
    focusNode(id);
  }

  function cardOf(id) {
    return document.getElementById(id === "root" ? "card-course" : "card-" + id.split("-")[0]);
  }

  function openCard(id) {
    var card = cardOf(id);
    if (!card) { return; }
    opened = id;
    current = id;
    document.querySelectorAll(".card").forEach(function (other) {
      other.classList.toggle("is-open", other === card);
    });
    panel.hidden = false;
    panel.setAttribute("aria-labelledby", card.id + "-title");
    decorate();
    card.querySelector("h2").focus({ preventScroll: true });
    panel.scrollTop = 0;
    /* Bring the node out from under the panel. */
    var tpc = element(id);
    if (tpc) {
      var right = tpc.getBoundingClientRect().right;
      var edge = panel.getBoundingClientRect().left - 24;
      if (right > edge) { mind.move(edge - right, 0); }
    }
  }

  function closePanel() {
    if (panel.hidden) { return false; }
    panel.hidden = true;
    var back = opened || current;
    opened = null;
    focusNode(back);
    return true;
  }

  function move(id, step) {
    var order = visible();
    var index = order.indexOf(id);
    var next = order[Math.min(order.length - 1, Math.max(0, index + step))];
    if (next) { focusNode(next); }
  }

  mapEl.addEventListener("keydown", function (event) {
    var tpc = event.target.closest && event.target.closest("me-tpc");
    if (!tpc || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var node = tpc.nodeObj;
    var key = event.key;
    if (key === "Enter" || key === " ") {
      openCard(node.id);
    } else if (key === "ArrowDown") {
      move(node.id, 1);
    } else if (key === "ArrowUp") {
      move(node.id, -1);
    } else if (key === "ArrowRight") {
      if (hasChildren(node) && !isOpen(node) && node.parent) { toggle(node.id, true); }
      else if (hasChildren(node)) { move(node.id, 1); }
    } else if (key === "ArrowLeft") {
      if (hasChildren(node) && isOpen(node) && node.parent) { toggle(node.id, false); }
      else if (node.parent) { focusNode(node.parent.id); }
    } else if (key === "Home") {
      focusNode("root");
    } else if (key === "End") {
      var order = visible();
      focusNode(order[order.length - 1]);
    } else if (key === "+" || key === "=") {
      zoom(0.2);
    } else if (key === "-") {
      zoom(-0.2);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  }, true);

  mapEl.addEventListener("pointerdown", function (event) {
    down = { x: event.clientX, y: event.clientY };
  }, true);

  mapEl.addEventListener("click", function (event) {
    var moved = down && Math.abs(event.clientX - down.x) + Math.abs(event.clientY - down.y) > 6;
    down = null;
    if (moved || event.target.closest("me-epd")) { return; }
    var tpc = event.target.closest("me-tpc");
    if (tpc) { openCard(tpc.nodeObj.id); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && closePanel()) { event.preventDefault(); }
  });
  panel.querySelector(".close").addEventListener("click", closePanel);

  function runSearch() {
    var query = fold(search.value);
    matches = query ? data.phases.filter(function (phase) {
      return phase.search.indexOf(query) >= 0;
    }).map(function (phase) { return phase.node; }) : [];
    mapEl.classList.toggle("is-searching", query !== "");
    if (!query) {
      status.textContent = "";
    } else if (matches.length === 0) {
      status.textContent = words.found_none;
    } else {
      var form = matches.length === 1 ? words.found_one : words.found_many;
      status.textContent = form.replace("{count}", String(matches.length));
    }
    decorate();
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && matches.length) {
      event.preventDefault();
      focusNode(matches[0]);
    } else if (event.key === "Escape" && search.value) {
      event.preventDefault();
      event.stopPropagation();
      search.value = "";
      runSearch();
    }
  });

  function zoom(step) {
    mind.scale(Math.min(3, Math.max(0.15, mind.scaleVal + step)));
  }

  function unfold(open) {
    (mind.nodeData.children || []).forEach(function walk(node) {
      if (hasChildren(node)) {
        node.expanded = open;
        node.children.forEach(walk);
      }
    });
    mind.refresh();
    mind.scaleFit();
    decorate();
  }

  var actions = {
    unfold: function () { unfold(true); },
    fold: function () { unfold(false); },
    "zoom-in": function () { zoom(0.2); },
    "zoom-out": function () { zoom(-0.2); },
    fit: function () { mind.scaleFit(); },
    print: function () { window.print(); }
  };
  document.querySelectorAll("[data-action]").forEach(function (button) {
    button.addEventListener("click", function () { actions[button.dataset.action](); });
  });

  /* Printing: the map is fitted into the box the print view gives it, then put back. */
  var before = null;
  function beforePrint() {
    if (before || !mind) { return; }
    before = { transform: mind.map.style.transform, scale: mind.scaleVal };
    mapEl.classList.add("is-printing");
    mind.scaleFit();
  }
  function afterPrint() {
    if (!before) { return; }
    mapEl.classList.remove("is-printing");
    mind.scaleVal = before.scale;
    mind.map.style.transform = before.transform;
    before = null;
  }
  window.addEventListener("beforeprint", beforePrint);
  window.addEventListener("afterprint", afterPrint);

  /* Mind Elixir measures the page as it draws: wait until the map has a size (a page
     shown in a notebook's frame may have none yet when this script runs). */
  if (mapEl.clientWidth > 0 && mapEl.clientHeight > 0) {
    start();
  } else {
    var watch = new ResizeObserver(function () {
      if (mapEl.clientWidth > 0 && mapEl.clientHeight > 0) {
        watch.disconnect();
        start();
      }
    });
    watch.observe(mapEl);
  }
})();
