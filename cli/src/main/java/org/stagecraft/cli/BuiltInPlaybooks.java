package org.stagecraft.cli;

import com.google.common.collect.ImmutableSortedMap;
import java.util.function.Supplier;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The playbooks the command knows by name. Playbooks have no file form yet, so {@code --playbook}
 * takes one of these names.
 */
final class BuiltInPlaybooks implements ITypeConverter<Playbook> {
  static final String DEFAULT = "consultative";

  private static final ImmutableSortedMap<String, Supplier<Playbook>> BY_NAME =
      ImmutableSortedMap.of(DEFAULT, Playbooks::consultative);

  @Override
  public Playbook convert(String name) {
    Supplier<Playbook> playbook = BY_NAME.get(name);
    if (playbook == null) {
      throw new TypeConversionException("unknown playbook '" + name + "' (built in: "
          + String.join(", ", BY_NAME.keySet()) + ")");
    }
    return playbook.get();
  }
}
