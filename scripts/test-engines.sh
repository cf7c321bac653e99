#!/usr/bin/env bash
# The engines the long-table tests need (py/tests/test_arrow.py, test_polars.py,
# test_spark.py), installed into the Python given as $1 (scripts/test-python.sh
# passes its venv): pyarrow, Polars and PySpark at the versions the README names,
# and a Java runtime for Spark (apt's openjdk-17-jre-headless, else 21, when no
# `java` is on PATH). Idempotent: pip and apt skip what is already there.
#
# PySpark is a ~450 MB download the first time; Spark's tests then add about
# two minutes to the suite on a 2-core machine (one local[2] session).
set -euo pipefail
py=${1:?usage: test-engines.sh PYTHON}

"$py" -m pip install --quiet --disable-pip-version-check \
    "pyarrow==26.0.1" "polars==2.1.0" "pyspark==4.3.0"

if ! command -v java >/dev/null 2>&1 && [ -z "${JAVA_HOME:-}" ]; then
    echo "== engines: installing a Java runtime for Spark (apt)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null \
        || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-21-jre-headless >/dev/null
fi
java -version 2>&1 | head -1
