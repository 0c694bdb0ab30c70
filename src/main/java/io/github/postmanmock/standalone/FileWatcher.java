package io.github.postmanmock.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Polls a few files and runs an action when one of them changes (modification time or size).
 * Polling rather than a {@code WatchService}: it works the same on every file system, sees editors
 * that replace a file by renaming, and a few files every half second cost nothing.
 *
 * <p>The action runs on the watcher's daemon thread, once per change, after the file has been quiet
 * for one poll, so a file that is still being written is not read half-way.
 */
final class FileWatcher implements AutoCloseable {
  private final List<Path> files;
  private final long intervalMillis;
  private final Runnable onChange;
  private final Thread thread;
  private final List<String> initial;
  private volatile boolean running = true;

  private FileWatcher(List<Path> files, long intervalMillis, Runnable onChange) {
    this.files = List.copyOf(files);
    this.intervalMillis = intervalMillis;
    this.onChange = Objects.requireNonNull(onChange, "onChange");
    this.initial = stamps();
    this.thread = new Thread(this::loop, "postman-mock-watch");
    this.thread.setDaemon(true);
  }

  static FileWatcher start(List<Path> files, long intervalMillis, Runnable onChange) {
    FileWatcher watcher = new FileWatcher(files, intervalMillis, onChange);
    watcher.thread.start();
    return watcher;
  }

  private void loop() {
    List<String> seen = initial;
    List<String> pending = null;
    while (running) {
      try {
        Thread.sleep(intervalMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      List<String> now = stamps();
      if (pending != null && now.equals(pending)) {
        seen = now;
        pending = null;
        if (running) {
          onChange.run();
        }
      } else if (!now.equals(seen)) {
        pending = now;
      } else {
        pending = null;
      }
    }
  }

  private List<String> stamps() {
    List<String> out = new ArrayList<>();
    for (Path file : files) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        out.add(a.lastModifiedTime().toMillis() + ":" + a.size());
      } catch (IOException e) {
        out.add("missing");
      }
    }
    return out;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
