package io.github.zhnorm.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * zhnorm on Apache Spark: a SQL / DataFrame function and a Dataset transform.
 *
 * <pre>{@code
 * ZhnormSpark.register(spark);
 * spark.sql("SELECT zhnorm_convert(text, 'cn') FROM posts");
 * Dataset<Row> cn = ZhnormSpark.convertColumns(df, "cn", "title", "body");
 * }</pre>
 */
public final class ZhnormSpark {
    /** The SQL function name. */
    public static final String FUNCTION = "zhnorm_convert";

    private ZhnormSpark() {
    }

    /** Registers {@code zhnorm_convert(text, target)} with the session. */
    public static void register(SparkSession spark) {
        spark.udf().register(FUNCTION, new ConvertUdf(), DataTypes.StringType);
    }

    /** {@code column} converted to {@code target} (registers the function if needed). */
    public static Column convert(Column column, String target) {
        return callUDF(FUNCTION, column, lit(target));
    }

    /** {@code df} with the given string columns converted to {@code target}, in place; other columns unchanged. */
    public static Dataset<Row> convertColumns(Dataset<Row> df, String target, String... columns) {
        register(df.sparkSession());
        Dataset<Row> out = df;
        for (String c : columns) {
            out = out.withColumn(c, convert(col(c), target));
        }
        return out;
    }
}
