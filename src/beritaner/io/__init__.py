"""The ways in and out of beritaner: the command line (:mod:`.cli`), the HTTP
service (:mod:`.service`), Dask, Spark and Ray (:mod:`.dask`, :mod:`.spark`,
:mod:`.ray`), and the views of a result: HTML (:mod:`.display`) and pandas frames
(:mod:`.frames`). Each imports the pipeline's core; the core imports none of them."""
