package dev.mosaic.contrib.auth.management;

import dev.mosaic.contrib.auth.User;
import dev.mosaic.contrib.auth.internal.AuthConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.function.Function;

/** {@code manage createsuperuser}: Django's command, interactive or with {@code --noinput}. */
@Command(name = "createsuperuser", mixinStandardHelpOptions = true,
        description = "Creates a superuser account (staff, all permissions).",
        footer = {"", "Examples:", "  manage createsuperuser", "  MOSAIC_SUPERUSER_PASSWORD=... manage createsuperuser"
                + " --noinput --username admin --email admin@example.com", "",
                "With --noinput, --username is required, the password comes from MOSAIC_SUPERUSER_PASSWORD",
                "(without it the account gets an unusable password) and the validators of AUTH_PASSWORD_VALIDATORS",
                "are not applied. Without a terminal to ask on, it stops and says to use --noinput."})
public final class CreatesuperuserCommand extends AccountCommand {
    @Option(names = "--username", description = "The login name.")
    String username;

    @Option(names = "--email", description = "The email address.")
    String email;

    public CreatesuperuserCommand() {
        this(System::getenv, null);
    }

    /** For tests and embedding: where environment variables and answers come from. */
    public CreatesuperuserCommand(Function<String, String> environment, Prompter prompter) {
        super(environment, prompter);
    }

    @Override
    int run(AuthConfig config) {
        PrintWriter out = out();
        PrintWriter err = err();
        if (noInput) {
            if (username == null || username.isBlank()) {
                err.println("Error: You must use --username with --noinput.");
                return 1;
            }
            if (User.objects.filter("username", username.strip()).exists()) {
                err.println("Error: That username is already taken.");
                return 1;
            }
            String mail = email != null ? email : orEmpty(environment.apply("MOSAIC_SUPERUSER_EMAIL"));
            User.createSuperuser(username.strip(), mail, environment.apply("MOSAIC_SUPERUSER_PASSWORD"));
            out.println("Superuser created successfully.");
            return 0;
        }
        Prompter ask = prompterOrExplain("MOSAIC_SUPERUSER_PASSWORD=... manage createsuperuser --noinput --username "
                + (username == null || username.isBlank() ? "<name>" : username.strip())
                + " --email " + (email == null ? "<address>" : email));
        if (ask == null) {
            return 1;
        }
        String name = username;
        while (name == null || name.isBlank() || User.objects.filter("username", name.strip()).exists()) {
            if (name != null && !name.isBlank()) {
                err.println("Error: That username is already taken.");
                err.flush();
            } else if (name != null) {
                err.println("Error: This field cannot be blank.");
                err.flush();
            }
            name = ask.readLine("Username: ");
            if (name == null) {
                err.println("Operation cancelled.");
                return 1;
            }
        }
        String mail = email;
        if (mail == null) {
            mail = ask.readLine("Email address: ");
            if (mail == null) {
                err.println("Operation cancelled.");
                return 1;
            }
        }
        User draft = new User(name.strip(), mail.strip());
        String password = PasswordPrompt.ask(ask, err, config.validation(), draft, true);
        if (password == null) {
            err.println("Operation cancelled.");
            return 1;
        }
        User.createSuperuser(draft.username, draft.email, password);
        out.println("Superuser created successfully.");
        return 0;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
