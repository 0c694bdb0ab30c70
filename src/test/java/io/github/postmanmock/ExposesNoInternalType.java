package io.github.postmanmock;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashSet;
import java.util.Set;

/** A public member whose signature names no type of an {@code internal} package. */
final class ExposesNoInternalType extends ArchCondition<JavaMember> {
  ExposesNoInternalType() {
    super("name no internal type in its signature");
  }

  @Override
  public void check(JavaMember member, ConditionEvents events) {
    Set<JavaClass> named = new LinkedHashSet<>();
    if (member instanceof JavaField field) {
      named.addAll(field.getType().getAllInvolvedRawTypes());
    } else if (member instanceof JavaCodeUnit code) {
      named.addAll(code.getReturnType().getAllInvolvedRawTypes());
      code.getParameterTypes().forEach(t -> named.addAll(t.getAllInvolvedRawTypes()));
      code.getExceptionTypes().forEach(named::add);
    }
    for (JavaClass type : named) {
      if (type.getPackageName().contains(".internal")) {
        events.add(
            SimpleConditionEvent.violated(
                member, member.getFullName() + " exposes internal type " + type.getName()));
      }
    }
  }
}
