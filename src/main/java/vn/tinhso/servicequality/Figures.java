package vn.tinhso.servicequality;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The service-quality figures of a unit (and field) for a period: the columns of Biểu 06/VPCP/KSTT (Thông tư
 * 01/2020/TT-VPCP) and the counts the index of Quyết định 766/QĐ-TTg is computed from. Flows count what happened
 * in the period; stocks ({@code carriedOver}, {@code inProgress…}) are taken at the day before it starts and at its
 * last day. Always {@code received total = resolved + in progress + closed without result}.
 * <p>
 * Rates are fractions between 0 and 1 with four decimals, {@code null} when there is nothing to divide by.
 *
 * @param receivedOnline received online in the period (trực tuyến)
 * @param receivedDirect received at the desk in the period (trực tiếp)
 * @param receivedPostal received by public post in the period (bưu chính công ích)
 * @param carriedOver received before the period, unfinished when it began (kỳ trước chuyển qua)
 * @param resolvedEarly result issued in the period on a day before the due day (trước hạn)
 * @param resolvedOnTime result issued in the period by the due date, not early (đúng hạn)
 * @param resolvedLate result issued in the period after the legal due date, or after more than one supplement
 *        request (quá hạn)
 * @param processingMinutes calendar minutes from reception to result, summed over the dossiers resolved
 * @param closedWithoutResult withdrawn or stopped in the period after reception, without a result
 * @param inProgressWithinDeadline unfinished at the period's end, not past the due date (trong hạn)
 * @param inProgressOverdue unfinished at the period's end, past the due date (quá hạn)
 * @param electronicResults results issued in the period as electronic documents
 * @param digitised received in the period online, or at the desk with scanned papers
 * @param withFee received in the period for a procedure with a fee or charge
 * @param paidOnline received in the period and paid online; stays 0 until the payment module publishes payments
 * @param verySatisfied ratings given in the period: rất hài lòng
 * @param satisfied ratings given in the period: hài lòng
 * @param dissatisfied ratings given in the period: không hài lòng
 * @param procedures procedures in force at the period's end that the unit carries out
 * @param proceduresOnline of those, offered online (full or partial process, Nghị định 42/2022/NĐ-CP Art. 11)
 * @param proceduresFullProcess of those, offered online as a full process (toàn trình)
 * @param proceduresWithOnlineDossier procedures with at least one online dossier received in the period
 */
public record Figures(long receivedOnline, long receivedDirect, long receivedPostal, long carriedOver,
                      long resolvedEarly, long resolvedOnTime, long resolvedLate, long processingMinutes,
                      long closedWithoutResult, long inProgressWithinDeadline, long inProgressOverdue,
                      long electronicResults, long digitised, long withFee, long paidOnline,
                      long verySatisfied, long satisfied, long dissatisfied,
                      long procedures, long proceduresOnline, long proceduresFullProcess,
                      long proceduresWithOnlineDossier) {

    /** Nothing happened. */
    public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static final int SCALE = 4;
    private static final long MINUTES_PER_DAY = 24 * 60;

    /** Received in the period, any channel. */
    @JsonProperty
    public long receivedInPeriod() {
        return receivedOnline + receivedDirect + receivedPostal;
    }

    /** Received at the desk or by post: one column of Biểu 06. */
    @JsonProperty
    public long receivedDirectOrPostal() {
        return receivedDirect + receivedPostal;
    }

    /** To be handled in the period: received in it plus carried over (Biểu 06 "tổng số"). */
    @JsonProperty
    public long receivedTotal() {
        return receivedInPeriod() + carriedOver;
    }

    @JsonProperty
    public long resolved() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    /** Early or on time. */
    @JsonProperty
    public long resolvedInTime() {
        return resolvedEarly + resolvedOnTime;
    }

    @JsonProperty
    public long inProgress() {
        return inProgressWithinDeadline + inProgressOverdue;
    }

    @JsonProperty
    public long ratings() {
        return verySatisfied + satisfied + dissatisfied;
    }

    /** Online among the dossiers received in the period. */
    @JsonProperty
    public BigDecimal onlineRate() {
        return rate(receivedOnline, receivedInPeriod());
    }

    /** Early or on time among the dossiers resolved in the period. */
    @JsonProperty
    public BigDecimal onTimeRate() {
        return rate(resolvedInTime(), resolved());
    }

    /** Average calendar days from reception to result over the dossiers resolved in the period (two decimals). */
    @JsonProperty
    public BigDecimal averageProcessingDays() {
        if (resolved() == 0) {
            return null;
        }
        return BigDecimal.valueOf(processingMinutes)
                .divide(BigDecimal.valueOf(resolved() * MINUTES_PER_DAY), 2, RoundingMode.HALF_UP);
    }

    /** Electronic results among the dossiers resolved in the period. */
    @JsonProperty
    public BigDecimal electronicResultRate() {
        return rate(electronicResults, resolved());
    }

    /** Digitised among the dossiers received in the period. */
    @JsonProperty
    public BigDecimal digitisedRate() {
        return rate(digitised, receivedInPeriod());
    }

    /** Paid online among the dossiers with a fee received in the period. */
    @JsonProperty
    public BigDecimal onlinePaymentRate() {
        return rate(paidOnline, withFee);
    }

    /** Satisfied or very satisfied among the ratings given in the period. */
    @JsonProperty
    public BigDecimal satisfactionRate() {
        return rate(verySatisfied + satisfied, ratings());
    }

    /** Procedures offered online among those the unit carries out. */
    @JsonProperty
    public BigDecimal proceduresOnlineRate() {
        return rate(proceduresOnline, procedures);
    }

    /** Procedures with an online dossier in the period among those offered online. */
    @JsonProperty
    public BigDecimal proceduresInUseRate() {
        return rate(proceduresWithOnlineDossier, proceduresOnline);
    }

    /** The same dossier counts with the catalogue's counts. */
    Figures withProcedures(long offered, long online, long fullProcess, long withOnlineDossier) {
        return new Figures(receivedOnline, receivedDirect, receivedPostal, carriedOver, resolvedEarly, resolvedOnTime,
                resolvedLate, processingMinutes, closedWithoutResult, inProgressWithinDeadline, inProgressOverdue,
                electronicResults, digitised, withFee, paidOnline, verySatisfied, satisfied, dissatisfied, offered,
                online, fullProcess, withOnlineDossier);
    }

    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }
}
