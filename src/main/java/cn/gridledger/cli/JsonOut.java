package cn.gridledger.cli;

import java.io.PrintWriter;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON line a command prints on stdout with {@code --json}. */
final class JsonOut {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOut() {
    }

    static void print(PrintWriter out, Map<String, ?> figures) {
        try {
            out.println(MAPPER.writeValueAsString(figures));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
