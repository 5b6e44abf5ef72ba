package kg.neo4jtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts an in-process Neo4j with Bolt on 127.0.0.1 (a free port the system picks), prints its Bolt
 * URI as the one line on stdout, and stops when stdin closes (its parent has gone) or on SIGTERM.
 * Auth is off, as in every harness server. The optional argument is the folder its store goes in
 * (a fresh subfolder, deleted on stop); the default is java.io.tmpdir.
 */
public final class Launcher {
    private static final long PAGE_CACHE_BYTES = 256L * 1024 * 1024;

    private Launcher() {
    }

    public static void main(String[] args) throws IOException {
        Path parent = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        Files.createDirectories(parent);
        Path storeDir = Files.createTempDirectory(parent, "neo4j-test-");
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(storeDir)
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .withConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                .build();
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                neo4j.close();
                delete(storeDir);
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop));
        System.out.println("bolt://127.0.0.1:" + neo4j.boltURI().getPort());
        System.out.flush();
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) != -1) {
            // nothing is read from stdin but its end
        }
        stop.run();
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("neo4j-test: could not delete " + root + ": " + e.getMessage());
        }
    }
}
