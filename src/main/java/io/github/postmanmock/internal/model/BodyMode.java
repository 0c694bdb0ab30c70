package io.github.postmanmock.internal.model;

/** The {@code body.mode} of a Postman request; {@link #NONE} when there is no body. */
public enum BodyMode {
  NONE,
  RAW,
  URLENCODED,
  FORMDATA,
  FILE,
  GRAPHQL
}
