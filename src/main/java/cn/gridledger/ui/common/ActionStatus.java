package cn.gridledger.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import cn.gridledger.logic.Progress;
import cn.gridledger.logic.UserFacingException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * A pane's action buttons, progress bar and status line: work runs in the background with the buttons disabled,
 * then its result or a refusal (the service's Chinese words) shows in the line; an internal fault opens the error
 * dialog. Shared by the 交换包 tab and the 县级汇总 page.
 */
public final class ActionStatus {

    private static final String ERROR = "field-error";

    private final Label line;
    private final ProgressBar bar;
    private final UnaryOperator<String> refusal;
    private final List<Button> buttons = new ArrayList<>();

    /** @param refusal how a refusal's message is worded in the line (e.g. prefixed with 未完成：) */
    public ActionStatus(Label line, ProgressBar bar, UnaryOperator<String> refusal) {
        this.line = line;
        this.bar = bar;
        this.refusal = refusal;
        line.setWrapText(true);
        bar.setVisible(false);
    }

    /** A button disabled while work runs. */
    public Button add(Button b) {
        buttons.add(b);
        return b;
    }

    public void done(String text) {
        line.getStyleClass().remove(ERROR);
        line.setText(text);
    }

    public void failed(Throwable e) {
        if (e instanceof UserFacingException) {
            line.getStyleClass().remove(ERROR);
            line.getStyleClass().add(ERROR);
            line.setText(refusal.apply(e.getMessage()));
        } else {
            Dialogs.internalError(e);
        }
    }

    /** Runs {@code work} off the FX thread; {@code then} gets its result, {@code afterFailure} runs before a failure shows. */
    public <T> void background(Function<Progress, T> work, Consumer<T> then, Runnable afterFailure) {
        buttons.forEach(b -> b.setDisable(true));
        bar.setVisible(true);
        bar.progressProperty().unbind();
        bar.setProgress(-1);
        BackgroundTask.run(work, bar, r -> {
            finished();
            then.accept(r);
        }, e -> {
            finished();
            afterFailure.run();
            failed(e);
        });
    }

    private void finished() {
        buttons.forEach(b -> b.setDisable(false));
        bar.progressProperty().unbind();
        bar.setVisible(false);
    }
}
