package vn.tinhso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.tinhso.dti.scoring.Cli;

/**
 * Tỉnh số: one application, one database, one top-level package per capability (Spring Modulith modules).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TinhsoApplication {

    /** Starts the platform; {@code dti …} runs the DTI command line instead, without Spring and without a database. */
    public static void main(String[] args) {
        if (args.length > 0 && "dti".equals(args[0])) {
            Cli.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(TinhsoApplication.class, args);
    }
}
