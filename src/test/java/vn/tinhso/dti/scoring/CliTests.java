package vn.tinhso.dti.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dti score} command line, with in-memory output streams and files in a temporary folder. */
class CliTests {

    static final String HEADER = "unit,NTS,TCS,HTS,NLS,ATTT,CQS,KTS,XHS\n";
    // Hải Dương: 70 + 60 + 65 + 50 + 55 + 124 + 87 + 90 = 601 of 1000
    static final String RESULTS = HEADER + """
            Hải Dương,0.7,0.6,0.65,0.5,0.55,0.62,0.58,0.6
            Bắc Ninh,0.8,0.8,0.8,0.8,0.8,0.8,0.8,0.8
            Hưng Yên,0.6,0.6,0.6,0.6,0.6,0.6,0.6,0.6
            Hải Phòng,0.7,0.7,0.7,0.7,0.7,0.7,0.7,0.7
            """;
    static final String PREVIOUS = HEADER + """
            Hải Dương,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5
            Bắc Ninh,0.75,0.75,0.75,0.75,0.75,0.75,0.75,0.75
            Hưng Yên,0.55,0.55,0.55,0.55,0.55,0.55,0.55,0.55
            Hải Phòng,0.65,0.65,0.65,0.65,0.65,0.65,0.65,0.65
            """;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path results;
    private Path previous;

    @BeforeEach
    void files() throws IOException {
        results = file("results.csv", RESULTS);
        previous = file("prev.csv", PREVIOUS);
    }

    @Test
    void ranksTheUnitsByScoreWithFourDecimals() {
        assertThat(run("score", "--framework", "922-province", "--input", results.toString())).isZero();
        assertThat(out()).isEqualTo("""
                rank,unit,score,previous_rank,rank_change
                1,Bắc Ninh,0.8000,,
                2,Hải Phòng,0.7000,,
                3,Hải Dương,0.6010,,
                4,Hưng Yên,0.6000,,
                """);
        assertThat(err()).isEmpty();
    }

    @Test
    void comparesWithThePreviousYear() {
        assertThat(run("score", "--framework", "922-province", "--input", results.toString(),
                "--previous", previous.toString())).isZero();
        assertThat(out()).isEqualTo("""
                rank,unit,score,previous_rank,rank_change
                1,Bắc Ninh,0.8000,1,0
                2,Hải Phòng,0.7000,2,0
                3,Hải Dương,0.6010,4,1
                4,Hưng Yên,0.6000,3,-1
                """);
    }

    @Test
    void comparesAMergedUnitWithTheMeanOfItsPredecessors() throws IOException {
        // 2024: Hải Phòng = mean(0.65, 0.5) = 0.575 → after Bắc Ninh 0.75, before Hưng Yên 0.55
        Path current = file("2025.csv", HEADER + "Hải Phòng,0.7,0.7,0.7,0.7,0.7,0.7,0.7,0.7\n"
                + "Hưng Yên,0.72,0.72,0.72,0.72,0.72,0.72,0.72,0.72\nBắc Ninh,0.8,0.8,0.8,0.8,0.8,0.8,0.8,0.8\n");
        Path merges = file("merges.csv", "unit,predecessor\nHải Phòng,Hải Phòng\nHải Phòng,Hải Dương\n");
        assertThat(run("score", "--framework", "922-province", "--input", current.toString(),
                "--previous", previous.toString(), "--merges", merges.toString())).isZero();
        assertThat(out()).isEqualTo("""
                rank,unit,score,previous_rank,rank_change
                1,Bắc Ninh,0.8000,1,0
                2,Hưng Yên,0.7200,3,1
                3,Hải Phòng,0.7000,2,-1
                """);
    }

    @Test
    void acceptsAByteOrderMarkAnyColumnOrderTheOptionalDttmAndUnrankedUnits() throws IOException {
        Path file = file("bom.csv", "\uFEFFunit,XHS,KTS,CQS,ATTT,NLS,HTS,TCS,NTS,DTTM,ranked\n"
                + "\"Sở A, B\",0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.9,yes\n"
                + "Văn phòng,1,1,1,1,1,1,1,1,,no\n");
        assertThat(run("score", "--framework", "922-province", "--input", file.toString())).isZero();
        assertThat(out()).isEqualTo("""
                rank,unit,score,previous_rank,rank_change
                1,"Sở A, B",0.5000,,
                ,Văn phòng,1.0000,,
                """);
    }

    @Test
    void aValueOutsideZeroToOneNamesFileLineAndColumn() throws IOException {
        Path file = file("bad.csv", HEADER + "A,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5\nB,0.5,0.5,1.2,0.5,0.5,0.5,0.5,0.5\n");
        assertBadInput("score", "--framework", "922-province", "--input", file.toString());
        assertThat(err()).isEqualTo(file + ", dòng 3, cột 4: giá trị của chỉ số chính HTS phải từ 0 đến 1, không phải 1.2\n");
    }

    @Test
    void aValueThatIsNoNumberIsAnError() throws IOException {
        Path file = file("bad.csv", HEADER + "A,0.5,0.5,0.5,0.5,0.5,0.5,0.5,cao\n");
        assertBadInput("score", "--framework", "922-province", "--input", file.toString());
        assertThat(err()).isEqualTo(file + ", dòng 2, cột 9: \"cao\" không phải là số (chỉ số chính XHS)\n");
    }

    @Test
    void anUnknownIndexCodeIsAnError() throws IOException {
        Path file = file("bad.csv", "unit,NTS,TCS,HTS,NLS,ATTT,CQS,KTS,XHS,ABC\nA,1,1,1,1,1,1,1,1,1\n");
        assertBadInput("score", "--framework", "922-province", "--input", file.toString());
        assertThat(err()).startsWith(file + ", dòng 1, cột 10: chỉ số chính \"ABC\" không có trong bộ chỉ số 922-province");
    }

    @Test
    void aMissingMainIndexColumnIsAnError() throws IOException {
        Path file = file("bad.csv", "unit,NTS,TCS,HTS,NLS,ATTT,CQS,KTS\nA,1,1,1,1,1,1,1\n");
        assertBadInput("score", "--framework", "922-province", "--input", file.toString());
        assertThat(err()).isEqualTo(file + ", dòng 1, cột 9: thiếu cột chỉ số chính XHS\n");
    }

    @Test
    void aDuplicateUnitIsAnError() throws IOException {
        Path file = file("bad.csv", RESULTS + "Bắc Ninh,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1\n");
        assertBadInput("score", "--framework", "922-province", "--input", file.toString());
        assertThat(err()).isEqualTo(file + ", dòng 6, cột 1: đơn vị Bắc Ninh đã có ở dòng 3\n");
    }

    @Test
    void aBadHeaderIsAnError() throws IOException {
        Path file = file("bad.csv", "tinh,NTS,TCS,HTS,NLS,ATTT,CQS,KTS,XHS\nA,1,1,1,1,1,1,1,1\n");
        assertBadInput("score", "--framework", "922-province", "--input", file.toString());
        assertThat(err()).isEqualTo(file + ", dòng 1, cột 1: cột đầu tiên phải là \"unit\", không phải \"tinh\"\n");
    }

    @Test
    void aLineWithTooFewColumnsIsAnError() throws IOException {
        Path file = file("bad.csv", HEADER + "A,0.5,0.5\n");
        assertBadInput("score", "--framework", "922-province", "--input", file.toString());
        assertThat(err()).isEqualTo(file + ", dòng 2, cột 4: dòng có 3 cột, tiêu đề có 9\n");
    }

    @Test
    void anUnknownFrameworkIsAnError() {
        assertBadInput("score", "--framework", "405-province", "--input", results.toString());
        assertThat(err()).startsWith("không có bộ chỉ số \"405-province\"; dùng một trong 922-province, 297-department");
    }

    @Test
    void aMissingFileIsAnError() {
        Path missing = folder.resolve("none.csv");
        assertBadInput("score", "--framework", "922-province", "--input", missing.toString());
        assertThat(err()).isEqualTo(missing + ": không tìm thấy hoặc không đọc được tệp\n");
    }

    @Test
    void aFileThatIsNotUtf8IsAnError() throws IOException {
        Path latin = folder.resolve("latin.csv");
        Files.write(latin, (HEADER + "Hà Nội,1,1,1,1,1,1,1,1\n").getBytes(StandardCharsets.ISO_8859_1));
        assertBadInput("score", "--framework", "922-province", "--input", latin.toString());
        assertThat(err()).isEqualTo(latin + ": tệp không phải văn bản UTF-8\n");
    }

    @Test
    void anUnknownUnitInMergesIsAnError() throws IOException {
        Path merges = file("merges.csv", "unit,predecessor\nHải Phòng,Hải Dương\nHà Tây,Hà Nội\n");
        assertBadInput("score", "--framework", "922-province", "--input", results.toString(),
                "--previous", previous.toString(), "--merges", merges.toString());
        assertThat(err()).isEqualTo(merges + ", dòng 3, cột 1: đơn vị Hà Tây không có trong tệp kết quả\n"
                + merges + ", dòng 3, cột 2: đơn vị tiền thân Hà Nội không có trong tệp kết quả năm trước\n");
    }

    @Test
    void everyErrorOfAFileIsReportedAtOnce() throws IOException {
        Path file = file("bad.csv", HEADER + "A,2,0.5,0.5,0.5,0.5,0.5,0.5,0.5\nA,0.5,0.5,0.5,0.5,0.5,0.5,0.5,-1\n");
        assertBadInput("score", "--framework", "922-province", "--input", file.toString());
        assertThat(err().lines()).hasSize(3);
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("score", "--help")).isZero();
        assertThat(out()).startsWith("Cách dùng: java -jar target/tinhso.jar dti score --framework");
        assertThat(run("score", "--help", "--lang", "en")).isZero();
        assertThat(out()).contains("Usage: java -jar target/tinhso.jar dti score");
    }

    @Test
    void missingOptionsPrintTheUsageOnStandardError() {
        assertBadInput("score", "--input", results.toString());
        assertThat(err()).startsWith("cần --framework và --input\nCách dùng:");
    }

    @Test
    void errorsCanBeInEnglish() throws IOException {
        Path file = file("bad.csv", HEADER + "A,0.5,0.5,1.2,0.5,0.5,0.5,0.5,0.5\n");
        assertBadInput("score", "--framework", "922-province", "--input", file.toString(), "--lang", "en");
        assertThat(err()).isEqualTo(file + ", line 2, column 4: the value of main index HTS must be between 0 and 1, not 1.2\n");
    }

    private void assertBadInput(String... args) {
        assertThat(run(args)).isEqualTo(Cli.BAD_INPUT);
        assertThat(out()).isEmpty();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
