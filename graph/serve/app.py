"""The script `citegraph serve` hands to Streamlit (its own folder: Streamlit puts a script's folder first on
sys.path, where graph/'s modules would shadow others). The repository's app.py is the same entry."""

from graph.app import main

main()
