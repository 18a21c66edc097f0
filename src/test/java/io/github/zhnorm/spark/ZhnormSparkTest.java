package io.github.zhnorm.spark;

import io.github.zhnorm.cli.ConvertCommandTest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** zhnorm on Spark in local mode: the SQL function, the Dataset transform and the batch job. */
class ZhnormSparkTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("zhnorm-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sqlFunctionConvertsAndKeepsNulls() {
        ZhnormSpark.register(spark);
        Dataset<String> texts = spark.createDataset(Arrays.asList("滑鼠和軟體", null, "plain"), Encoders.STRING());
        texts.createOrReplaceTempView("texts");
        List<Row> rows = spark.sql("SELECT zhnorm_convert(value, 'cn') AS cn, zhnorm_convert(value, 's2t') AS t "
                + "FROM texts").collectAsList();
        assertEquals("鼠标和软件", rows.get(0).getString(0));
        assertNull(rows.get(1).get(0));
        assertEquals("plain", rows.get(2).getString(0));
        assertEquals("滑鼠和軟體", rows.get(0).getString(1));
    }

    @Test
    void datasetTransformConvertsChosenColumnsOnly() {
        StructType schema = new StructType()
                .add("title", DataTypes.StringType).add("body", DataTypes.StringType).add("n", DataTypes.IntegerType);
        Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create("計程車", "雪櫃", 1),
                RowFactory.create("软件", null, 2)), schema);
        List<Row> out = ZhnormSpark.convertColumns(df, "cn", "title", "body").orderBy("n").collectAsList();
        assertEquals("出租车", out.get(0).getString(0));
        assertEquals("冰箱", out.get(0).getString(1));
        assertEquals(1, out.get(0).getInt(2));
        assertEquals("软件", out.get(1).getString(0));
        assertNull(out.get(1).get(1));
    }

    @Test
    void jobOverManyFilesEqualsTheCliByteForByte() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "他在軟體公司上班，用滑鼠寫程式。\r\n我們在線上開會。\n");
        Files.writeString(in.resolve("b.md"), "# 說明\n\n看著線上上的微網志，指明瞭方向。");
        Files.writeString(in.resolve("c.txt"), "这已经是简体了。\n");
        Path viaSpark = dir.resolve("spark");
        Counters counts = ZhnormJob.run(spark, ZhnormJob.Args.parse(new String[] {
            "--to", "cn", "--format", "files", "--output", viaSpark.toString(), in.toString()}));
        Path viaCli = dir.resolve("cli");
        ConvertCommandTest.Run r = ConvertCommandTest.run("", "convert", "--to", "cn", "-q", "-o", viaCli.toString(),
                in.toString());
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("a.txt", "b.md", "c.txt")) {
            assertArrayEquals(Files.readAllBytes(viaCli.resolve(f)), Files.readAllBytes(viaSpark.resolve(f)), f);
        }
        assertEquals(2L, counts.changed().value());
        assertEquals(1L, counts.unchanged().value());
        assertEquals(0L, counts.bad().value());
    }

    @Test
    void lineJobCountsChangedUnchangedAndBadRecords() throws IOException {
        Path in = Files.writeString(dir.resolve("lines.txt"), "滑鼠\n鼠标\n計程車\n");
        Path out = dir.resolve("out");
        Counters counts = ZhnormJob.run(spark, ZhnormJob.Args.parse(new String[] {
            "--to", "cn", "--format", "lines", "--output", out.toString(), in.toString()}));
        assertEquals(2L, counts.changed().value());
        assertEquals(1L, counts.unchanged().value());
        List<String> lines;
        try (Stream<Path> parts = Files.list(out)) {
            lines = parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p).stream();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
        assertEquals(List.of("鼠标", "鼠标", "出租车"), lines);
    }

    @Test
    void parquetJobConvertsNamedColumnsAndPassesNullsThrough() {
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("text", DataTypes.StringType);
        Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create(1, "網際網路"), RowFactory.create(2, null)),
                schema);
        String in = dir.resolve("in.parquet").toString();
        df.write().parquet(in);
        String out = dir.resolve("out.parquet").toString();
        Counters counts = ZhnormJob.run(spark, ZhnormJob.Args.parse(new String[] {
            "--to", "cn", "--format", "parquet", "--columns", "text", "--output", out, in}));
        List<Row> rows = spark.read().parquet(out).orderBy("id").collectAsList();
        assertEquals("互联网", rows.get(0).getString(1));
        assertNull(rows.get(1).get(1));
        assertEquals(1L, counts.changed().value());
        assertEquals(1L, counts.bad().value());
    }
}
