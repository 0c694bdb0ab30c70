package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public type and member of the published packages has a Javadoc comment: the javadoc jar is
 * the reference a user reads. The javadoc build checks that comments are well formed (doclint);
 * this test checks that none is missing, which doclint can only do together with demanding an
 * {@code @param} and {@code @return} on every method.
 */
class PublicJavadocTest {
  private static final Path SOURCES = Path.of("src/main/java");

  @Test
  void everyPublicTypeAndMemberOfThePublicApiIsDocumented() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files =
          walk.filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.toString().contains("/internal/"))
              .filter(p -> !p.getFileName().toString().equals("package-info.java"))
              .sorted()
              .collect(Collectors.toList());
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> missing = new ArrayList<>();
    try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, null, null)) {
      JavacTask task =
          (JavacTask)
              compiler.getTask(null, fm, null, null, null, fm.getJavaFileObjectsFromPaths(files));
      DocTrees docs = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        new Undocumented(docs, missing).scan(unit, null);
      }
    }

    assertThat(files).hasSizeGreaterThan(20);
    assertThat(missing).as("public declarations without a Javadoc comment").isEmpty();
  }

  /** Collects the visible declarations that have no doc comment, as file:line name. */
  private static final class Undocumented extends TreePathScanner<Void, Void> {
    private final DocTrees docs;
    private final List<String> missing;

    Undocumented(DocTrees docs, List<String> missing) {
      this.docs = docs;
      this.missing = missing;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      if (!visible(tree.getModifiers().getFlags())) {
        return null; // nothing inside a hidden type is published
      }
      check(tree.getSimpleName().toString());
      return super.visitClass(tree, unused);
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      boolean overrides =
          tree.getModifiers().getAnnotations().stream()
              .anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
      if (visible(tree.getModifiers().getFlags()) && !overrides) {
        check(tree.getName() + "()");
      }
      return null; // parameters and locals are not documented
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      if (visible(tree.getModifiers().getFlags())) {
        check(tree.getName().toString());
      }
      return null;
    }

    /** Public, or implicitly public as a member of a public interface or annotation. */
    private boolean visible(Set<Modifier> flags) {
      if (flags.contains(Modifier.PRIVATE)) {
        return false;
      }
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      boolean inInterface =
          parent instanceof ClassTree c
              && (c.getKind() == Tree.Kind.INTERFACE || c.getKind() == Tree.Kind.ANNOTATION_TYPE);
      boolean enumConstant =
          parent instanceof ClassTree c2
              && c2.getKind() == Tree.Kind.ENUM
              && getCurrentPath().getLeaf() instanceof VariableTree;
      return flags.contains(Modifier.PUBLIC)
          || flags.contains(Modifier.PROTECTED)
          || inInterface
          || enumConstant;
    }

    private void check(String name) {
      TreePath path = getCurrentPath();
      if (docs.getDocCommentTree(path) == null) {
        CompilationUnitTree unit = path.getCompilationUnit();
        long line =
            unit.getLineMap()
                .getLineNumber(docs.getSourcePositions().getStartPosition(unit, path.getLeaf()));
        missing.add(Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line + " " + name);
      }
    }
  }
}
