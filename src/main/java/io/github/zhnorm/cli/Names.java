package io.github.zhnorm.cli;

import io.github.zhnorm.Target;
import io.github.zhnorm.terms.Domain;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Iterator;

/** Lower-case names for enum options, in help, completion and error messages. */
final class Names {
    private Names() {
    }

    static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            return Target.byId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown target '" + value + "'; valid: " + Target.ids()));
        }
    }

    static final class TargetNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Target.values()).map(Target::id).iterator();
        }
    }

    static final class DomainConverter implements CommandLine.ITypeConverter<Domain> {
        @Override
        public Domain convert(String value) {
            return Domain.byId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown domain '" + value + "'; valid: " + Domain.ids()));
        }
    }

    static final class DomainNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Domain.values()).map(Domain::id).iterator();
        }
    }
}
