package io.github.zhnorm.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Batch normalization on Spark:
 * <pre>
 * spark-submit --class io.github.zhnorm.spark.ZhnormJob zhnorm.jar \
 *     --to cn --format lines|files|parquet [--columns a,b] --output OUT INPUT...
 * </pre>
 * {@code lines}: text files, one record per line (output: Spark text part files). {@code files}: each file one
 * record, written back under the same relative name in OUT (the same bytes {@code zhnorm convert -o OUT} writes
 * for UTF-8 files). {@code parquet}: the named string columns converted, other columns kept. {@code --to} takes a
 * target or an OpenCC configuration name ({@code -c} is accepted too). Prints the record counts at the end.
 */
public final class ZhnormJob {
    private ZhnormJob() {
    }

    /** Parsed arguments. */
    record Args(String target, String format, List<String> columns, String output, List<String> inputs) {
        static Args parse(String[] a) {
            String target = "cn";
            String format = "lines";
            List<String> columns = List.of();
            String output = null;
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < a.length; i++) {
                switch (a[i]) {
                    case "--to", "-t", "-c", "--config" -> target = value(a, ++i);
                    case "--format" -> format = value(a, ++i);
                    case "--columns" -> columns = Arrays.asList(value(a, ++i).split(","));
                    case "--output", "-o" -> output = value(a, ++i);
                    default -> {
                        if (a[i].startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a[i] + usage());
                        }
                        inputs.add(a[i]);
                    }
                }
            }
            if (output == null || inputs.isEmpty()) {
                throw new IllegalArgumentException("need --output and at least one input" + usage());
            }
            if (!List.of("lines", "files", "parquet").contains(format)) {
                throw new IllegalArgumentException("--format lines, files or parquet" + usage());
            }
            if (format.equals("parquet") && columns.isEmpty()) {
                throw new IllegalArgumentException("--format parquet needs --columns" + usage());
            }
            Conversions.forName(target); // fails early on an unknown target or configuration
            return new Args(target, format, columns, output, inputs);
        }

        private static String value(String[] a, int i) {
            if (i >= a.length) {
                throw new IllegalArgumentException(a[i - 1] + " needs a value" + usage());
            }
            return a[i];
        }

        private static String usage() {
            return "; usage: ZhnormJob --to TARGET|CONFIG --format lines|files|parquet [--columns a,b] "
                    + "--output OUT INPUT...";
        }
    }

    public static void main(String[] args) {
        Args a = Args.parse(args);
        SparkSession spark = SparkSession.builder().appName("zhnorm " + a.target()).getOrCreate();
        try {
            Counters counters = run(spark, a);
            System.out.println(counters.summary());
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in an existing session (tests, notebooks); returns the counts. */
    public static Counters run(SparkSession spark, Args a) {
        Counters counters = Counters.register(spark.sparkContext());
        switch (a.format()) {
            case "lines" -> {
                Dataset<Row> lines = spark.read().text(a.inputs().toArray(new String[0]));
                convertRows(lines, a.target(), List.of("value"), counters).write().text(a.output());
            }
            case "parquet" -> {
                Dataset<Row> df = spark.read().parquet(a.inputs().toArray(new String[0]));
                convertRows(df, a.target(), a.columns(), counters).write().parquet(a.output());
            }
            default -> convertFiles(spark, a, counters);
        }
        return counters;
    }

    private static Dataset<Row> convertRows(Dataset<Row> df, String target, List<String> columns, Counters counters) {
        StructType schema = df.schema();
        int[] fields = new int[columns.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = schema.fieldIndex(columns.get(i));
            if (!schema.fields()[fields[i]].dataType().equals(DataTypes.StringType)) {
                throw new IllegalArgumentException("column " + columns.get(i) + " is not a string column");
            }
        }
        return df.map(new RecordConverter(target, fields, counters), Encoders.row(schema));
    }

    private static void convertFiles(SparkSession spark, Args a, Counters counters) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        String target = a.target();
        String output = a.output();
        for (String input : a.inputs()) {
            String root = new Path(input).toUri().getPath();
            JavaPairRDD<String, String> files = jsc.wholeTextFiles(input);
            files.foreach(file -> writeConverted(file, root, output, target, counters));
        }
    }

    private static void writeConverted(Tuple2<String, String> file, String root, String output, String target,
                                       Counters counters) {
        String path = new Path(file._1()).toUri().getPath();
        String relative = path.startsWith(root + "/") ? path.substring(root.length() + 1) : new Path(path).getName();
        String text = file._2();
        String converted;
        try {
            converted = Conversions.forName(target).convert(text);
            (converted != text ? counters.changed() : counters.unchanged()).add(1);
        } catch (RuntimeException e) {
            converted = text;
            counters.bad().add(1);
        }
        try {
            Path out = new Path(output, relative);
            FileSystem fs = FileSystem.get(URI.create(output), new Configuration());
            try (OutputStream os = fs.create(out, true)) {
                os.write(converted.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relative + " under " + output, e);
        }
    }
}
