package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text fields a multipart call body is compared by (SPEC §2.8): what counts and what not. */
class MultipartTest {
  private static final String TWO_FIELDS =
      "--b1\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhi\r\n"
          + "--b1\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\nnew\r\n--b1--\r\n";

  @Test
  void withoutAContentTypeOrABoundaryThereIsNothingToRead() {
    assertThat(Multipart.textFields(null, TWO_FIELDS)).isNull();
    assertThat(Multipart.textFields("multipart/form-data", TWO_FIELDS)).isNull();
    assertThat(Multipart.textFields("multipart/form-data; charset=utf-8", TWO_FIELDS)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "multipart/form-data; boundary=b1",
        "multipart/form-data; boundary=\"b1\"",
        "multipart/form-data; BOUNDARY = b1",
        "multipart/form-data; boundary=b1; charset=utf-8",
      })
  void readsTheBoundaryQuotedOrNot(String contentType) {
    assertThat(Multipart.textFields(contentType, TWO_FIELDS))
        .containsExactly("title=hi", "tag=new");
  }

  @Test
  void aQuotedBoundaryMayHoldCharactersABareOneMayNot() {
    String body = TWO_FIELDS.replace("--b1", "--a; b");
    assertThat(Multipart.textFields("multipart/form-data; boundary=\"a; b\"", body))
        .containsExactly("title=hi", "tag=new");
  }

  @Test
  void partsSeparatedByBareNewlinesCountToo() {
    String body =
        "--b1\nContent-Disposition: form-data; name=\"title\"\n\nhi\n"
            + "--b1\ncontent-disposition: form-data; name=\"tag\"\n\nnew\n--b1--\n";
    assertThat(Multipart.textFields("multipart/form-data; boundary=b1", body))
        .containsExactly("title=hi", "tag=new");
  }

  @Test
  void onlyTheLastLineBreakBeforeTheDelimiterIsCutFromAValue() {
    String body =
        "--b1\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nline one\r\n\r\n"
            + "--b1\nContent-Disposition: form-data; name=\"unix\"\n\ntwo\n\n"
            + "--b1\r\nContent-Disposition: form-data; name=\"bare\"\r\n\r\nthree--b1--";
    assertThat(Multipart.textFields("multipart/form-data; boundary=b1", body))
        .containsExactly("note=line one\r\n", "unix=two\n", "bare=three");
  }

  @Test
  void filePartsAndPartsWithoutANameAreSkipped() {
    String body =
        "--b1\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a.png\"\r\n\r\nPNG\r\n"
            + "--b1\r\nContent-Disposition: form-data; name=\"u2\"; filename*=UTF-8''b.png\r\n\r\n"
            + "PNG\r\n"
            + "--b1\r\nContent-Disposition: form-data\r\n\r\nnameless\r\n"
            + "--b1\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n"
            + "--b1\r\nContent-Disposition: form-data; name=\"kept\"\r\n\r\nyes\r\n--b1--\r\n";
    assertThat(Multipart.textFields("multipart/form-data; boundary=b1", body))
        .containsExactly("kept=yes");
  }

  @Test
  void theDispositionIsFoundAmongOtherHeaders() {
    String body =
        "--b1\r\nContent-Type: text/plain\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1"
            + "\r\n--b1--";
    assertThat(Multipart.textFields("multipart/form-data; boundary=b1", body))
        .containsExactly("a=1");
  }

  @Test
  void aPartWithoutABlankLineAfterItsHeadersIsSkipped() {
    String body =
        "--b1\r\nContent-Disposition: form-data; name=\"broken\"\r\n"
            + "--b1\r\nContent-Disposition: form-data; name=\"ok\"\r\n\r\nv\r\n--b1--";
    assertThat(Multipart.textFields("multipart/form-data; boundary=b1", body))
        .containsExactly("ok=v");
  }

  @Test
  void nothingAfterTheClosingDelimiterIsRead() {
    String body =
        "preamble\r\n--b1\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b1--\r\n"
            + "--b1\r\nContent-Disposition: form-data; name=\"late\"\r\n\r\n2\r\n";
    assertThat(Multipart.textFields("multipart/form-data; boundary=b1", body))
        .containsExactly("a=1");
  }

  @Test
  void aBodyWithoutTheDelimiterHasNoFields() {
    assertThat(Multipart.textFields("multipart/form-data; boundary=zz", TWO_FIELDS)).isEmpty();
  }
}
