"""Pictures of a scenario, drawn with Graphviz: the mind map and the path diagram."""
