package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beamframe.LocalTable;
import org.beamframe.examples.ArcosData;
import org.beamframe.examples.MorphineEquivalents;
import org.beamframe.runners.Session;
import org.beamframe.runners.SessionSettings;
import org.beamframe.runners.flink.FlinkProfile;
import org.beamframe.runners.flink.LocalFlinkCluster;
import org.junit.jupiter.api.Test;

/** (c) With beamframe-flink added: the course table computed on a local Flink cluster of separate JVMs. */
class FlinkClusterJobTest {
  private static final Path TESTDATA = Path.of("..");

  @Test
  void theCourseTableOnALocalFlinkCluster() throws IOException {
    LocalFlinkCluster cluster = new LocalFlinkCluster(Files.createTempDirectory("consumer-flink-"),
        Path.of(System.getProperty("flink.lib")));
    List<Integer> ports = freePorts(3);
    cluster.start(1, 2, ports.get(0), ports.get(1), ports.get(2));
    var pids = cluster.pids().values();
    try {
      Session onCluster = new Session(new FlinkProfile(),
          new SessionSettings(0, false, cluster.restAddress(), 0, List.of()));
      LocalTable table = MorphineEquivalents.byCountyYear(ArcosData.read(TESTDATA.resolve("arcos-sample.csv").toString()))
          .compute(onCluster);
      List<String> expected = Files.readAllLines(TESTDATA.resolve("arcos-sample.expected-morphine.csv"));
      List<String> got = table.toCsv().lines().toList();
      assertEquals(expected.size(), got.size());
      assertEquals(expected.get(0), got.get(0), "header");
      for (int i = 1; i < expected.size(); i++) {
        int cut = expected.get(i).lastIndexOf(',');
        assertEquals(expected.get(i).substring(0, cut), got.get(i).substring(0, got.get(i).lastIndexOf(',')));
        double grams = Double.parseDouble(expected.get(i).substring(cut + 1));
        assertEquals(grams, Double.parseDouble(got.get(i).substring(got.get(i).lastIndexOf(',') + 1)),
            1e-9 * Math.max(1, Math.abs(grams)), "line " + (i + 1));
      }
    } finally {
      cluster.stop();
    }
    for (long pid : pids) {
      assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " still alive");
    }
  }

  /** Distinct free loopback ports, held open together so the system hands out no port twice. */
  private static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }
}
