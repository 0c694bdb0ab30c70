package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The piece table answers for a region of a longer string exactly as a map would for the copy. */
class PieceTableTest {

  @Test
  void findsAPieceInsideALongerString() {
    PieceTable table =
        new PieceTable(Map.of("sub", List.of("subscriptions"), "ord", List.of("orders")));
    String segment = "xsubscr";
    assertThat(table.get(segment, 1, 3)).containsExactly("subscriptions");
    assertThat(table.get(segment, 0, 3)).isNull();
    assertThat(table.get(segment, 1, 2)).isNull();
    assertThat(table.get(segment, 1, 4)).isNull();
    assertThat(table.get("ord", 0, 3)).containsExactly("orders");
  }

  @Test
  void keepsEveryAnchorOfAPiece() {
    PieceTable table = new PieceTable(Map.of("us", List.of("users", "usage")));
    assertThat(table.get("status", 4, 2)).containsExactly("users", "usage");
  }

  @Test
  void piecesWithTheSameHashStayApart() {
    // "Aa" and "BB" share String.hashCode; so do "a" and "\u0000a", which differ in length.
    PieceTable table =
        new PieceTable(
            Map.of(
                "Aa", List.of("first"),
                "BB", List.of("second"),
                "\u0000a", List.of("third")));
    assertThat(table.get("xAa", 1, 2)).containsExactly("first");
    assertThat(table.get("BBx", 0, 2)).containsExactly("second");
    assertThat(table.get("\u0000a", 0, 2)).containsExactly("third");
    assertThat(table.get("a", 0, 1)).isNull();
    assertThat(table.get("C#", 0, 2)).isNull();
  }

  @Test
  void answersLikeAMapForManyPieces() {
    Map<String, List<String>> pieces = new LinkedHashMap<>();
    for (int i = 0; i < 500; i++) {
      pieces.put("p" + i, List.of("anchor" + i));
    }
    PieceTable table = new PieceTable(pieces);
    for (int i = 0; i < 500; i++) {
      String text = "--p" + i + "--";
      assertThat(table.get(text, 2, text.length() - 4)).containsExactly("anchor" + i);
      assertThat(table.get("q" + i, 0, ("q" + i).length())).isNull();
    }
  }

  @Test
  void anEmptyTableFindsNothing() {
    assertThat(new PieceTable(Map.of()).get("abc", 0, 3)).isNull();
    assertThat(new PieceTable(Map.of("abc", List.of("abc"))).get("abc", 0, 0)).isNull();
  }

  @Test
  void theAnchorsAreACopy() {
    List<String> anchors = new java.util.ArrayList<>(List.of("users"));
    PieceTable table = new PieceTable(Map.of("us", anchors));
    anchors.add("later");
    assertThat(table.get("us", 0, 2)).containsExactly("users");
  }
}
