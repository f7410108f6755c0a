"""``scenario import FILE -o OUT.yaml``: a scenario document from another tool's file.

The suffix of FILE picks the format among those of the registry that can
be read (:mod:`scenario.io.formats`): a FreeMind/Freeplane map (``.mm``), a
scenarisation table (``.csv``, ``.xlsx``)... ``--title`` and ``--modality``
give what the file may lack. The document is written atomically (YAML, or
JSON for ``.json``); without ``-o`` YAML goes to the standard output. What
the file holds and the scenario keeps differently or cannot keep (a
Freeplane icon, details added to the notes...) is printed on the standard
error, one warning a line (:class:`~scenario.errors.ReadWarning`); the
import still succeeds.
"""

from __future__ import annotations

import argparse
import sys
import warnings

from scenario.errors import DocumentError, ReadWarning
from scenario.i18n import _


def run(args: argparse.Namespace) -> int:
    from scenario.io import dump, dumps
    from scenario.io.formats import format_for, formats

    fmt = format_for(args.file, reading=True)
    if fmt is None or fmt.read is None:
        known = ", ".join(f"{f.name} ({' '.join(f.suffixes)})" for f in formats() if f.read)
        raise DocumentError(
            _("cannot tell which format to read from the file's suffix"),
            source=args.file,
            hint=_("import one of: {known}").format(known=known),
        )
    options = {
        key: value
        for key, value in (("title", args.title), ("modality", args.modality))
        if value is not None
    }
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ReadWarning)
        scenario = fmt.read(args.file, **options)
    for warning in caught:
        if issubclass(warning.category, ReadWarning):
            print(_("warning: {message}").format(message=warning.message), file=sys.stderr)
        else:
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    if args.output:
        dump(scenario, args.output)
    else:
        sys.stdout.write(dumps(scenario))
    return 0
