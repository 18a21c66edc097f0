package io.github.zhnorm.config;

import io.github.zhnorm.dict.TextDictionary;

/** Finds the text dictionary a configuration names by its {@code file} field. */
@FunctionalInterface
public interface DictionaryResolver {
    TextDictionary resolve(String file);
}
