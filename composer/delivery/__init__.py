"""Every other way to deliver: mail-app and webmail links, postal letters."""
