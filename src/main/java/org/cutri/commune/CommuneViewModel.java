package org.cutri.commune;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.VietText;

/**
 * The office profile screen (Thông tin đơn vị): one form, no list. Proposes the usual header lines, the
 * second header line and the place name from the commune's name, and previews how documents will be
 * headed and dated.
 */
public class CommuneViewModel {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Words a commune-level unit's name may start with; the header keeps them, the place name drops them. */
    private static final List<String> UNIT_WORDS = List.of("xa", "phuong", "dac khu");

    private final CommuneService service;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;

    private final StringProperty communeName = new SimpleStringProperty("");
    private final StringProperty provinceName = new SimpleStringProperty("");
    private final StringProperty placeName = new SimpleStringProperty("");
    private final StringProperty headerLine1 = new SimpleStringProperty("");
    private final StringProperty headerLine2 = new SimpleStringProperty("");
    private final StringProperty headerLine3 = new SimpleStringProperty("");
    private final StringProperty symbolCode = new SimpleStringProperty("");
    private final StringProperty chairName = new SimpleStringProperty("");
    private final StringProperty viceChairNames = new SimpleStringProperty("");
    private final StringProperty secretaryName = new SimpleStringProperty("");

    private final StringBinding communeNameError;
    private final StringBinding provinceNameError;
    private final StringBinding placeNameError;
    private final StringBinding headerLine1Error;
    private final StringBinding headerLine2Error;
    private final StringBinding headerLine3Error;
    private final StringBinding symbolCodeError;
    private final StringBinding chairNameError;
    private final StringBinding viceChairNamesError;
    private final StringBinding secretaryNameError;
    private final BooleanBinding valid;
    private final StringBinding headerPreview;
    private final StringBinding numberPreview;
    private final StringBinding datePreview;

    private final ReadOnlyObjectWrapper<CommuneProfile> stored = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** True until the stored profile was read: the rules stay silent on fields not filled yet. */
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private boolean filling;

    public CommuneViewModel(CommuneService service, Messages messages, TaskExecutor executor) {
        this(service, messages, executor, Clock.systemDefaultZone());
    }

    /** With a clock, so the date preview can be tested. */
    public CommuneViewModel(CommuneService service, Messages messages, TaskExecutor executor, Clock clock) {
        this.service = service;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        communeNameError = required(communeName, "commune.field.communeName.required");
        provinceNameError = required(provinceName, "commune.field.provinceName.required");
        placeNameError = required(placeName, "commune.field.placeName.required");
        headerLine1Error = required(headerLine1, "commune.field.headerLine1.required");
        headerLine2Error = required(headerLine2, "commune.field.headerLine2.required");
        headerLine3Error = required(headerLine3, "commune.field.headerLine3.required");
        symbolCodeError = Bindings.createStringBinding(() -> {
            if (loading.get()) {
                return null;
            }
            String symbol = VietText.clean(symbolCode.get());
            if (symbol.isEmpty()) {
                return messages.get("commune.field.symbolCode.required");
            }
            if (symbol.length() > CommuneService.SYMBOL_MAX) {
                return messages.get("common.tooLong", CommuneService.SYMBOL_MAX);
            }
            return CommuneService.validSymbol(symbol) ? null : messages.get("commune.symbolCode.invalid", symbol);
        }, symbolCode, loading);
        chairNameError = tooLong(chairName, CommuneService.NAME_MAX);
        viceChairNamesError = tooLong(viceChairNames, CommuneService.VICE_CHAIRS_MAX);
        secretaryNameError = tooLong(secretaryName, CommuneService.NAME_MAX);
        List<StringBinding> errors = List.of(communeNameError, provinceNameError, placeNameError, headerLine1Error,
                headerLine2Error, headerLine3Error, symbolCodeError, chairNameError, viceChairNamesError,
                secretaryNameError);
        List<Observable> inputs = new java.util.ArrayList<>(errors);
        inputs.add(loading);
        valid = Bindings.createBooleanBinding(() -> !loading.get() && errors.stream().allMatch(e -> e.get() == null),
                inputs.toArray(Observable[]::new));

        headerPreview = Bindings.createStringBinding(() -> String.join("\n", orDots(headerLine1.get()),
                orDots(headerLine2.get()), orDots(headerLine3.get())), headerLine1, headerLine2, headerLine3);
        numberPreview = Bindings.createStringBinding(() -> "Số: " + DocumentText.number(1, "KH",
                orDots(symbolCode.get())), symbolCode);
        datePreview = Bindings.createStringBinding(() -> DocumentText.dateLine(orDots(placeName.get()),
                LocalDate.now(clock)), placeName);

        // Typing the commune's name proposes the second header line and the place name, as long as
        // the user has not written something else there.
        communeName.addListener((obs, old, now) -> {
            if (filling) {
                return;
            }
            if (VietText.clean(headerLine2.get()).isEmpty() || headerLine2.get().equals(proposedHeaderLine2(old))) {
                headerLine2.set(proposedHeaderLine2(now));
            }
            if (VietText.clean(placeName.get()).isEmpty() || placeName.get().equals(proposedPlaceName(old))) {
                placeName.set(proposedPlaceName(now));
            }
        });
    }

    /** Required and at most {@link CommuneService#NAME_MAX} characters, as the service stores it. */
    private StringBinding required(StringProperty field, String key) {
        return Bindings.createStringBinding(() -> {
            if (loading.get()) {
                return null;
            }
            String text = VietText.clean(field.get());
            return text.isEmpty() ? messages.get(key)
                    : text.length() > CommuneService.NAME_MAX ? messages.get("common.tooLong", CommuneService.NAME_MAX)
                    : null;
        }, field, loading);
    }

    /** Says so when the field holds more than {@code max} characters (the service would refuse the whole profile). */
    private StringBinding tooLong(StringProperty field, int max) {
        return Bindings.createStringBinding(() -> field.get() != null && field.get().strip().length() > max
                ? messages.get("common.tooLong", max) : null, field);
    }

    private static String orDots(String text) {
        String cleaned = VietText.clean(text);
        return cleaned.isEmpty() ? "…" : cleaned;
    }

    /** "XÃ XUÂN THÀNH" for "Xuân Thành"; a name that already says "Phường …" or "Xã …" keeps its word. */
    static String proposedHeaderLine2(String name) {
        String cleaned = VietText.clean(name);
        if (cleaned.isEmpty()) {
            return "";
        }
        return unitWordLength(cleaned) > 0 ? cleaned.toUpperCase(VIETNAMESE)
                : "XÃ " + cleaned.toUpperCase(VIETNAMESE);
    }

    /** "Xuân Thành" for "Xã Xuân Thành": the place before the date leaves out the unit word. */
    static String proposedPlaceName(String name) {
        String cleaned = VietText.clean(name);
        int words = unitWordLength(cleaned);
        if (words == 0) {
            return cleaned;
        }
        String[] parts = cleaned.split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(parts, words, parts.length));
    }

    /** How many words of the name are the unit word ("Đặc khu" is two), 0 if it has none. */
    private static int unitWordLength(String cleaned) {
        String folded = VietText.fold(cleaned);
        for (String word : UNIT_WORDS) {
            if (folded.startsWith(word + " ") && folded.length() > word.length() + 1) {
                return word.split(" ").length;
            }
        }
        return 0;
    }

    /** Reads the stored profile into the form (the usual header lines when there is none yet). */
    public void load() {
        busy.set(true);
        executor.execute(BackgroundTask.of(service::profile)
                .onSuccess(profile -> {
                    busy.set(false);
                    stored.set(profile.orElse(null));
                    fill(profile.orElse(CommuneProfile.usual()));
                    loading.set(false);
                })
                .onFailure(this::fail));
    }

    /** Stores the form; false when a field is not valid (nothing is stored then). */
    public boolean save() {
        if (!valid.get()) {
            formError.set(messages.get("common.form.invalid"));
            return false;
        }
        CommuneProfile draft = new CommuneProfile(communeName.get(), provinceName.get(), placeName.get(),
                headerLine1.get(), headerLine2.get(), headerLine3.get(), symbolCode.get(), chairName.get(),
                viceChairNames.get(), secretaryName.get());
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> service.save(draft))
                .onSuccess(saved -> {
                    busy.set(false);
                    formError.set(null);
                    stored.set(saved);
                    fill(saved);
                    status.set(messages.get("commune.saved", saved.communeName()));
                })
                .onFailure(this::fail));
        return true;
    }

    /** Drops unsaved edits: the form shows the stored profile again. */
    public void revert() {
        formError.set(null);
        fill(Optional.ofNullable(stored.get()).orElse(CommuneProfile.usual()));
        status.set(messages.get("commune.reverted"));
    }

    private void fill(CommuneProfile p) {
        filling = true;
        try {
            communeName.set(orEmpty(p.communeName()));
            provinceName.set(orEmpty(p.provinceName()));
            placeName.set(orEmpty(p.placeName()));
            headerLine1.set(orEmpty(p.headerLine1()));
            headerLine2.set(orEmpty(p.headerLine2()));
            headerLine3.set(orEmpty(p.headerLine3()));
            symbolCode.set(orEmpty(p.symbolCode()));
            chairName.set(orEmpty(p.chairName()));
            viceChairNames.set(orEmpty(p.viceChairNames()));
            secretaryName.set(orEmpty(p.secretaryName()));
        } finally {
            filling = false;
        }
    }

    private void fail(Exception e) {
        busy.set(false);
        loading.set(false);
        UserException user = UserException.find(e);
        if (user == null) {
            throw new IllegalStateException(e);
        }
        formError.set(messages.of(user));
        status.set(messages.of(user));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public StringProperty communeNameProperty() {
        return communeName;
    }

    public StringProperty provinceNameProperty() {
        return provinceName;
    }

    public StringProperty placeNameProperty() {
        return placeName;
    }

    public StringProperty headerLine1Property() {
        return headerLine1;
    }

    public StringProperty headerLine2Property() {
        return headerLine2;
    }

    public StringProperty headerLine3Property() {
        return headerLine3;
    }

    public StringProperty symbolCodeProperty() {
        return symbolCode;
    }

    public StringProperty chairNameProperty() {
        return chairName;
    }

    public StringProperty viceChairNamesProperty() {
        return viceChairNames;
    }

    public StringProperty secretaryNameProperty() {
        return secretaryName;
    }

    public StringBinding communeNameErrorProperty() {
        return communeNameError;
    }

    public StringBinding provinceNameErrorProperty() {
        return provinceNameError;
    }

    public StringBinding placeNameErrorProperty() {
        return placeNameError;
    }

    public StringBinding headerLine1ErrorProperty() {
        return headerLine1Error;
    }

    public StringBinding headerLine2ErrorProperty() {
        return headerLine2Error;
    }

    public StringBinding headerLine3ErrorProperty() {
        return headerLine3Error;
    }

    public StringBinding symbolCodeErrorProperty() {
        return symbolCodeError;
    }

    public StringBinding chairNameErrorProperty() {
        return chairNameError;
    }

    public StringBinding viceChairNamesErrorProperty() {
        return viceChairNamesError;
    }

    public StringBinding secretaryNameErrorProperty() {
        return secretaryNameError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The left header of a document as it will print, three lines. */
    public StringBinding headerPreviewProperty() {
        return headerPreview;
    }

    /** "Số: 01/KH-MTTQ-BTT". */
    public StringBinding numberPreviewProperty() {
        return numberPreview;
    }

    /** "Xuân Thành, ngày 05 tháng 6 năm 2026" for today. */
    public StringBinding datePreviewProperty() {
        return datePreview;
    }

    /** The profile as last stored; null before the office has saved one. */
    public ReadOnlyObjectProperty<CommuneProfile> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
