package dev.mosaic.benchmarks.spring;

import dev.mosaic.benchmarks.workload.Database;
import dev.mosaic.benchmarks.workload.Message;
import dev.mosaic.benchmarks.workload.World;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Spring Boot peer: Spring MVC on embedded Jetty 12 (Tomcat excluded), a
 * {@code @RestController} per workload, JSON through Boot's Jackson 3 message converter, the
 * fortunes page through spring-boot-starter-thymeleaf ({@link FortunesController}).
 * Port and thread pool come from application.properties / -Dserver.port.
 */
@SpringBootApplication
@RestController
public class SpringServer {
    private final Databases databases;

    public SpringServer(Databases databases) {
        this.databases = databases;
    }

    public static void main(String[] args) {
        SpringApplication.run(SpringServer.class, args);
    }

    /** The same pools and queries as every other server. */
    public record Databases(Database h2, Database pg) {
    }

    @Bean(destroyMethod = "")
    static Databases databases() {
        return new Databases(Database.h2(), Database.postgres());
    }

    @GetMapping(value = "/plaintext", produces = MediaType.TEXT_PLAIN_VALUE)
    public String plaintext() {
        return Message.HELLO;
    }

    @GetMapping(value = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Message json() {
        return new Message(Message.HELLO);
    }

    @GetMapping(value = "/h2/db", produces = MediaType.APPLICATION_JSON_VALUE)
    public World h2Db() {
        return databases.h2().randomWorld();
    }

    @GetMapping(value = "/pg/db", produces = MediaType.APPLICATION_JSON_VALUE)
    public World pgDb() {
        return databases.pg().randomWorld();
    }
}
