package dev.mosaic.contrib.auth.management;

import dev.mosaic.contrib.auth.User;
import dev.mosaic.contrib.auth.internal.AuthConfig;
import dev.mosaic.contrib.auth.validation.PasswordInvalid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.function.Function;

/** {@code manage changepassword [username]}: sets a user's password, asking twice (or from the environment). */
@Command(name = "changepassword", mixinStandardHelpOptions = true,
        description = "Changes a user's password (logging out their other sessions).",
        footer = {"", "Examples:", "  manage changepassword alice",
                "  MOSAIC_NEW_PASSWORD=... manage changepassword --noinput alice", "",
                "With --noinput the password comes from MOSAIC_NEW_PASSWORD and must pass AUTH_PASSWORD_VALIDATORS.",
                "Without a username, the operating-system user name is used, as in Django. Without a terminal",
                "to ask on, it stops and says to use --noinput."})
public final class ChangepasswordCommand extends AccountCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "<username>", description = "The user (default: your OS user).")
    String username;

    public ChangepasswordCommand() {
        this(System::getenv, null);
    }

    /** For tests and embedding: where environment variables and answers come from. */
    public ChangepasswordCommand(Function<String, String> environment, Prompter prompter) {
        super(environment, prompter);
    }

    @Override
    int run(AuthConfig config) {
        PrintWriter out = out();
        PrintWriter err = err();
        String name = username != null ? username : System.getProperty("user.name");
        User user = User.objects.filter("username", name).first().orElse(null);
        if (user == null) {
            err.println("Error: user '" + name + "' does not exist");
            return 1;
        }
        String password;
        if (noInput) {
            password = environment.apply("MOSAIC_NEW_PASSWORD");
            if (password == null || password.isEmpty()) {
                err.println("Error: --noinput needs the new password in the environment variable MOSAIC_NEW_PASSWORD.");
                return 1;
            }
            try {
                config.validation().validate(password, user);
            } catch (PasswordInvalid e) {
                err.println(String.join("\n", e.messages()));
                return 1;
            }
        } else {
            Prompter ask = prompterOrExplain("MOSAIC_NEW_PASSWORD=... manage changepassword --noinput " + name);
            if (ask == null) {
                return 1;
            }
            out.println("Changing password for user '" + user.username + "'");
            out.flush();
            password = PasswordPrompt.ask(ask, err, config.validation(), user, false);
            if (password == null) {
                err.println("Error: Too many failures, aborting.");
                return 1;
            }
        }
        user.setPassword(password);
        user.save();
        out.println("Password changed successfully for user '" + user.username + "'");
        return 0;
    }
}
