"""The app, as `streamlit run app.py` runs it (`citegraph serve` runs the same `main`). The app lives in
graph/app.py, inside the package, so that an installed citegraph serves it too."""

from graph.app import main

main()
