"""What the generator (`_generator`) and the release tools (`_release`) both need from the
document: bundling it into one dict, its published text, and the SDK's naming rules. Neither of
those packages imports the other; both import this one.
"""
