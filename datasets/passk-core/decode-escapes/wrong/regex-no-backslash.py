# mistake: decodes only \\n and \\t, leaving a doubled backslash as two backslashes
import re
def decode_escapes(text):
    return re.sub(r"\\([nt])", lambda m: "\n" if m.group(1) == "n" else "\t", text)
