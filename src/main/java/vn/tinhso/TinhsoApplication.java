package vn.tinhso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Tỉnh số: one application, one database, one top-level package per capability (Spring Modulith modules).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TinhsoApplication {

    public static void main(String[] args) {
        SpringApplication.run(TinhsoApplication.class, args);
    }
}
