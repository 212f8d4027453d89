// A local Neo4j Community 5.26 server for citegraph's tests and people: the embedded database with Bolt on
// 127.0.0.1:PORT (listen and advertised), HTTP off, auth off, page cache 512 MB (NEO4J_PAGECACHE_MB),
// no LOAD CSV from files.
// scripts/neo4j compiles it and runs `java -cp CLASSES:JARS Server HOME PORT` (PORT 0: a free port);
// `java -cp JARS Server.java HOME PORT` runs it as a single source file too.
// Prints "READY bolt://127.0.0.1:PORT" once a transaction has run, then blocks until SIGTERM.

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

public class Server {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Server HOME PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        if (port == 0) {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                port = probe.getLocalPort();
            }
        }
        System.out.println("starting Neo4j on 127.0.0.1:" + port + " home " + home);
        SocketAddress address = new SocketAddress("127.0.0.1", port);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, address)
                .setConfig(BoltConnector.advertised_address, address)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache())
                // keep 1 GB of transaction logs, not 2 days' worth (a 1 M-document load writes many GB)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1G size")
                // LOAD CSV must not read the machine's files through a read-only console query
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reports
                // Bolt waits 5 s + 5 s for idle threads and connections on shutdown by default
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("shutting down");
            dbms.shutdown();
            System.out.println("stopped");
            stopped.countDown();
        }));
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try (Transaction tx = db.beginTx()) {
            tx.execute("RETURN 1").close();
            tx.commit();
        }
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    // NEO4J_PAGECACHE_MB (default 512): the store's size on disk or more, for a large graph
    // (100 000 documents, 190 000 nodes, 360 000 CITES edges: 113 MB before indexes; 1 M documents: ~1.5 GB)
    static long pageCache() {
        String mb = System.getenv("NEO4J_PAGECACHE_MB");
        return ByteUnit.mebiBytes(mb == null || mb.isBlank() ? 512 : Long.parseLong(mb.trim()));
    }
}
