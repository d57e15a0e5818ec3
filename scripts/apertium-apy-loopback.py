"""Starts Apertium APY on 127.0.0.1 only (APY itself binds every interface and has no option for it).

Usage: python3 scripts/apertium-apy-loopback.py [apertium-apy arguments...]
"""
import sys

import tornado.httpserver

_bind = tornado.httpserver.HTTPServer.bind


def _bind_loopback(self, port, address=None, *args, **kwargs):
    return _bind(self, port, '127.0.0.1', *args, **kwargs)


tornado.httpserver.HTTPServer.bind = _bind_loopback

from apertium_apy.apy import main  # noqa: E402  (after the patch, so APY binds through it)

sys.argv[0] = 'apertium-apy'
sys.exit(main())
