"""Pictures of a scenario, drawn with Graphviz: the mind map and the path diagram.

- :mod:`scenario.render.mindmap`: :func:`~scenario.render.mindmap.mindmap`, the
  radial mind map (``Scenario.mindmap``);
- :mod:`scenario.render.path`: :func:`~scenario.render.path.path_diagram`, the
  path as a left-to-right flow (``Scenario.path_diagram``);
- :mod:`scenario.render.palette`: the colour-blind-safe colours of the phase kinds;
- :mod:`scenario.render.gallery`: ``python -m scenario.render.gallery docs/gallery``
  draws the documentation's gallery.

Both pictures are ``graphviz.Digraph`` objects whose ``pipe()`` and Jupyter
display run Graphviz under a time limit. graphviz is imported only when a
picture is drawn.
"""
