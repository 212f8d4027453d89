"""The citation graph: model, identity resolution, stores, interop, analytics, CLI."""
