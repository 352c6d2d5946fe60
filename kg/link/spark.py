"""Splink on Spark: the same blocking rules and comparisons as on DuckDB (kg.link.blocking),
for corpora that outgrow one machine. `kg link --engine spark`; pyspark and Java are an
optional extra (`pip install pyspark`; Java 17+). The Spark session is the active one
(a cluster's, in a job), else a new one on `KG_SPARK_MASTER` (default `local[*]`).

The rapidfuzz similarities are registered in Spark as Arrow (pandas) UDFs under the
names the model's SQL uses (`kg_jw`, `kg_tset`), so both engines compute the same
numbers; the model's SQL is written for DuckDB and translated by kg.link.blocking.sql.
"""
from __future__ import annotations

import logging
import os

from kg.errors import InputError


def session():
    """The active Spark session, else a local one (KG_SPARK_MASTER, default local[*])."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise InputError("--engine spark", "pyspark is not installed (pip install pyspark; it needs Java 17+)") from exc
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    import sys
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local workers run this interpreter (its packages)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    return (SparkSession.builder.master(os.environ.get("KG_SPARK_MASTER", "local[*]")).appName("kg-link")
            .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .config("spark.driver.memory", os.environ.get("KG_SPARK_DRIVER_MEMORY", "2g")).getOrCreate())


def register_rapidfuzz(spark) -> None:
    import warnings

    import pandas as pd
    from pyspark.sql.functions import PandasUDFType, pandas_udf

    from kg.link.blocking import jaro_winkler, token_set

    def udf(scorer):
        def similarity(left, right):
            return pd.Series(scorer(left.tolist(), right.tolist()), dtype="float64")
        with warnings.catch_warnings():  # the type-hint form cannot see hints under `from __future__ import annotations`
            warnings.simplefilter("ignore")
            return pandas_udf(similarity, "double", PandasUDFType.SCALAR)

    spark.udf.register("kg_jw", udf(jaro_winkler))
    spark.udf.register("kg_tset", udf(token_set))


def spark_gammas(rows, fresh_from: int | None = None):
    """The candidate pairs of `rows` (kg.link.blocking.pairs_sql, in Spark SQL) with Splink's
    match weights per comparison, computed on Spark (one chunk: Spark spills and partitions
    by itself)."""
    from splink import Linker
    from splink.backends.spark import SparkAPI

    from kg.link.blocking import WEIGHTS, pairs_sql, settings
    from kg.link.rows import table

    logging.getLogger("splink").setLevel(logging.ERROR)
    spark = session()
    spark.sparkContext.setLogLevel("ERROR")
    register_rapidfuzz(spark)
    db = SparkAPI(spark_session=spark, register_udfs_automatically=False, break_lineage_method="persist")
    frame = spark.createDataFrame(table(rows).to_pandas())
    frame.createOrReplaceTempView("kg_rows")
    linker = Linker(db.register(frame), settings("spark"), log_level=logging.ERROR)
    blocked = spark.sql(pairs_sql("kg_rows", "spark", fresh_from))
    linker.table_management.register_blocked_pairs_for_predict(db.register(blocked))
    predictions = linker.inference.predict()
    columns = ["unique_id_l", "unique_id_r", *(f"mw_{column}" for column in WEIGHTS)]
    result = predictions.as_spark_dataframe().select(*columns).toPandas()
    predictions.drop_table_from_database_and_remove_from_cache()
    yield {column: result[column].to_numpy() for column in columns}
