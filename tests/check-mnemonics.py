#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the keyboard mnemonics (access keys) of the interface, in English and in every
translation given as a compiled catalogue.

Labels are grouped by where they are shown together:
  - data/ui/*.ui: each <menu> (a <submenu> is a menu of its own), each popover or window,
    and the rest of each template;
  - src/ui/**/*.c: each function (one function builds one popover, menu or dialog); a
    label a function returns is one of several shown in turn in one place, so it is
    checked on its own.
In each group, no two different labels may use the same access key, and a translated
access key must be a letter or digit that Alt can type (a-z, 0-9: not đ, not a letter
with a Vietnamese mark).
Usage: check-mnemonics.py SOURCE_ROOT [LANG=CATALOGUE.mo …]
Prints TAP.
"""
import gettext
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

# Widgets that pop up on their own: their labels are never shown with the rest.
OWN_SURFACES = {"GtkPopover", "GtkPopoverMenu", "GtkDialog", "GtkWindow", "AdwWindow",
                "AdwMessageDialog", "GtkShortcutsWindow", "GtkInfoBar"}


def access_key(label):
    """The access key of a label with underline mnemonics, or None."""
    i = 0
    while i < len(label) - 1:
        if label[i] == "_":
            if label[i + 1] == "_":
                i += 2
                continue
            return label[i + 1]
        i += 1
    return None


def translatable(element):
    if element.get("translatable") not in ("yes", "true", "1"):
        return None
    return (element.get("context"), element.text or "")


def ui_menu(menu, name, groups):
    labels = []
    groups.append((name, labels))
    for child in menu:
        if child.tag == "section":
            for item in child:
                ui_menu_item(item, name, labels, groups)
        else:
            ui_menu_item(child, name, labels, groups)


def ui_menu_item(item, name, labels, groups):
    if item.tag == "section":
        for sub in item:
            ui_menu_item(sub, name, labels, groups)
        return
    for attribute in item.findall("attribute"):
        if attribute.get("name") == "label" and translatable(attribute):
            labels.append(translatable(attribute))
    if item.tag == "submenu":
        ui_menu(item, name + " › submenu", groups)


def ui_object(obj, name, labels, groups):
    cls = obj.get("class", "")
    if cls in OWN_SURFACES:
        labels = []
        name = "%s › %s %s" % (name, cls, obj.get("id", ""))
        groups.append((name, labels))
    properties = {p.get("name"): p for p in obj.findall("property")}
    underline = properties.get("use-underline", properties.get("use_underline"))
    if underline is not None and (underline.text or "").strip().lower() in ("true", "yes", "1"):
        for key in ("label", "title"):
            if key in properties and translatable(properties[key]):
                labels.append(translatable(properties[key]))
    for child in obj:
        for sub in child if child.tag == "child" else []:
            if sub.tag == "object":
                ui_object(sub, name, labels, groups)
        if child.tag == "property":
            for sub in child:
                if sub.tag == "object":
                    ui_object(sub, name, labels, groups)


def ui_groups(path, groups):
    root = ET.parse(path).getroot()
    for element in root:
        if element.tag == "menu":
            ui_menu(element, "%s › menu %s" % (path.name, element.get("id")), groups)
        elif element.tag in ("template", "object"):
            labels = []
            name = "%s › %s" % (path.name, element.get("class"))
            groups.append((name, labels))
            ui_object(element, name, labels, groups)


STRING = r'"(?:[^"\\\n]|\\.)*"(?:\s*"(?:[^"\\\n]|\\.)*")*'
CALL = re.compile(r'\b(C_|NC_|N_|_)\s*\(\s*(?:(%s)\s*,\s*)?(%s)\s*\)' % (STRING, STRING))
FUNCTION = re.compile(r'([A-Za-z_]\w*)\s*\([^;{}]*\)\s*$')


def c_string(literal):
    parts = re.findall(r'"((?:[^"\\\n]|\\.)*)"', literal)
    return bytes("".join(parts), "utf-8").decode("unicode_escape").encode(
        "latin-1").decode("utf-8")


def strip_comments(text):
    return re.sub(r'/\*.*?\*/|//[^\n]*',
                  lambda m: re.sub(r'[^\n]', ' ', m.group(0)), text, flags=re.S)


def c_groups(path, root, groups):
    text = strip_comments(path.read_text(encoding="utf-8"))
    # Top-level brace blocks that follow a parameter list are functions.
    depth = 0
    start = 0
    name = None
    in_string = False
    i = 0
    blocks = []
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == in_string:
                in_string = False
        elif c in "\"'":
            in_string = c
        elif c == "{":
            if depth == 0:
                match = FUNCTION.search(text[max(0, i - 400):i])
                name = match.group(1) if match else None
                start = i
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0 and name is not None:
                blocks.append((name, text[start:i]))
        i += 1
    for function, body in blocks:
        labels = []
        name = "%s › %s()" % (path.relative_to(root), function)
        for match in CALL.finditer(body):
            context = c_string(match.group(2)) if match.group(2) else None
            msgid = c_string(match.group(3))
            if access_key(msgid) is None:
                continue
            if re.search(r'\breturn\s*$', body[:match.start()]):
                groups.append(("%s returns" % name, [(context, msgid)]))
            else:
                labels.append((context, msgid))
        groups.append((name, labels))


def check(groups, translate, language, results):
    for name, labels in groups:
        seen = {}
        problems = []
        for context, msgid in dict.fromkeys(labels):
            shown = translate(context, msgid)
            key = access_key(shown)
            if key is None:
                continue
            if not re.fullmatch(r'[A-Za-z0-9]', key):
                problems.append("“%s” uses “%s”, which Alt cannot type" % (shown, key))
                continue
            other = seen.setdefault(key.lower(), shown)
            if other != shown:
                problems.append("“%s” and “%s” share “%s”" % (other, shown, key.lower()))
        results.append(("%s: %s" % (language, name), problems))


def main():
    root = pathlib.Path(sys.argv[1])
    groups = []
    for path in sorted((root / "data" / "ui").glob("*.ui")):
        ui_groups(path, groups)
    for path in sorted((root / "src" / "ui").rglob("*.c")):
        c_groups(path, root, groups)
    groups = [(name, labels) for name, labels in groups if labels]

    results = []
    check(groups, lambda context, msgid: msgid, "C", results)
    for argument in sys.argv[2:]:
        language, catalogue = argument.split("=", 1)
        with open(catalogue, "rb") as f:
            translations = gettext.GNUTranslations(f)

        def translate(context, msgid, translations=translations):
            if context is None:
                return translations.gettext(msgid)
            return translations.pgettext(context, msgid)
        check(groups, translate, language, results)

    print("1..%d" % len(results))
    failed = 0
    for number, (name, problems) in enumerate(results, 1):
        if problems:
            failed += 1
            print("not ok %d - %s" % (number, name))
            for problem in problems:
                print("# %s" % problem)
        else:
            print("ok %d - %s" % (number, name))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
