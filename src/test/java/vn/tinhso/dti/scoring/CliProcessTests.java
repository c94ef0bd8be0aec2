package vn.tinhso.dti.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point in its own JVM: {@code TinhsoApplication dti score …} answers from the command line
 * without starting Spring (nothing but the table on stdout, nothing on stderr, a few seconds at most).
 */
class CliProcessTests {

    @TempDir
    Path folder;

    @Test
    void theApplicationsMainRunsTheCommandLineWithoutStartingSpring() throws IOException, InterruptedException {
        Path results = Files.writeString(folder.resolve("results.csv"), CliTests.RESULTS, StandardCharsets.UTF_8);
        Path previous = Files.writeString(folder.resolve("prev.csv"), CliTests.PREVIOUS, StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "vn.tinhso.TinhsoApplication", "dti", "score", "--framework", "922-province",
                "--input", results.toString(), "--previous", previous.toString()))
                .redirectError(folder.resolve("err.txt").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(out).isEqualTo("""
                rank,unit,score,previous_rank,rank_change
                1,Bắc Ninh,0.8000,1,0
                2,Hải Phòng,0.7000,2,0
                3,Hải Dương,0.6010,4,1
                4,Hưng Yên,0.6000,3,-1
                """);
        assertThat(Files.readString(folder.resolve("err.txt"))).isEmpty();
    }
}
