package io.github.zhnorm.spark;

import org.apache.spark.sql.api.java.UDF2;

/**
 * {@code zhnorm_convert(text, target)}: converts a string column to a target ({@code cn}, {@code tw}, {@code hk},
 * {@code hans}, {@code hant}) or with an OpenCC configuration ({@code s2t}, {@code tw2sp}, …). Null stays null.
 * Serializable and stateless: each executor JVM builds each converter once, on first use.
 */
public final class ConvertUdf implements UDF2<String, String, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String text, String target) {
        if (text == null) {
            return null;
        }
        return Conversions.forName(target == null ? "cn" : target).convert(text);
    }
}
