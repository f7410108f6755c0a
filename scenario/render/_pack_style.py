"""The style sheet of the sign-off pack (:mod:`scenario.render.pack`): screen and A4 print."""

from __future__ import annotations

from scenario.palette import CHANGE_COLOURS, NEUTRAL

__all__ = ["STYLE"]

STYLE = f"""
@page {{ size: A4; margin: 16mm 14mm; }}
body {{ font-family: "DejaVu Sans", system-ui, Helvetica, Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.45; color: #222; max-width: 58rem; margin: 1.5rem auto; padding: 0 1rem; }}
header {{ border-bottom: 3px solid {NEUTRAL.strong}; margin-bottom: 1rem; }}
header .kind {{ text-transform: uppercase; letter-spacing: .08em; color: {NEUTRAL.strong};
               margin: 0; font-size: 9pt; }}
h1 {{ margin: .2rem 0 .6rem 0; font-size: 20pt; }}
h2 {{ border-bottom: 1px solid #ccc; padding-bottom: .15rem; margin-top: 1.6rem; font-size: 14pt; }}
h3 {{ font-size: 11pt; margin: 1rem 0 .3rem 0; }}
header dl {{ display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }}
header dt {{ font-weight: bold; }} header dd {{ margin: 0; }}
section {{ break-inside: auto; }}
figure {{ margin: .5rem 0; text-align: center; }}
svg.drawing {{ max-width: 100%; height: auto; max-height: 22cm; }}
figure.chart svg {{ max-width: 100%; height: auto; }}
table {{ border-collapse: collapse; width: 100%; font-size: 9pt; margin: .4rem 0; }}
th, td {{ border: 1px solid #ccc; padding: .25rem .35rem; text-align: left; vertical-align: top; }}
th {{ background: {NEUTRAL.light}; }}
tr {{ break-inside: avoid; }}
small, .note, .none {{ color: #555; }}
.fix {{ color: #B00020; font-weight: bold; }}
.decide {{ color: #7A5C00; font-weight: bold; }}
.waived {{ color: {CHANGE_COLOURS["removed"]}; }}
table.signatures td {{ height: 2.6rem; }}
footer {{ margin-top: 2rem; color: #666; font-size: 8.5pt; border-top: 1px solid #ccc; }}
@media print {{ section {{ break-before: auto; }} h2 {{ break-after: avoid; }}
               figure.map {{ break-inside: avoid; }} }}
""".strip()
