"""Pictures of a scenario, drawn with Graphviz: the mind map and the path diagram.

- :mod:`scenario.render.mindmap`: :func:`~scenario.render.mindmap.mindmap`, the
  radial mind map (``Scenario.mindmap``);
- :mod:`scenario.render.path`: :func:`~scenario.render.path.path_diagram`, the
  path as a left-to-right flow (``Scenario.path_diagram``);
- :mod:`scenario.render.html_map`: :func:`~scenario.render.html_map.interactive_map`,
  the interactive map, one self-contained HTML page (``Scenario.interactive_map``),
  drawn by the vendored Mind Elixir (``vendor/mind-elixir``);
- :mod:`scenario.render.synopsis`: :func:`~scenario.render.synopsis.synopsis`,
  the scenario as a readable document (Markdown or HTML);
- :mod:`scenario.render.chart`: :func:`~scenario.render.chart.balance_chart`,
  the time balance as bar charts (matplotlib);
- :mod:`scenario.render.diffmap`: the mind map of a new version with the changes
  marked (``scenario diff --map``);
- :mod:`scenario.render.balance_svg`: the time balance as a small SVG chart;
- :mod:`scenario.render.pack`: the sign-off pack, one HTML page or a PDF
  (``scenario synopsis --pack``).

What the pictures share is in ``_labels.py`` (safe labels, the legend, the
counts of findings) and ``_arrows.py`` (what each arrow between phases
means: the main path, a loop, a detour's branch and its way back), the mind
map's layout in ``_layout.py`` and its labels and arrows in
``_mindmap_parts.py``, running Graphviz in ``_graphviz.py``; the synopsis
written out as Markdown or HTML in ``_synopsis_write.py``.

Both pictures are ``graphviz.Digraph`` objects whose ``pipe()`` and Jupyter
display run Graphviz under a time limit. graphviz is imported only when a
picture is drawn.
"""
