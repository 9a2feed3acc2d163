package dev.mosaic.management;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "startapp",
        description = "Creates a new app: its AppConfig, URL conf, views, a test, and its templates/ and static/ folders.",
        footer = {"", "Example:", "  manage startapp blog --package com.example",
                "    writes BlogApp, BlogUrls, BlogViews, AboutView and BlogViewsTest",
                "    in the package com.example.blog."})
final class StartappCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "The app's label: lower case letters, digits and underscores.")
    String name;

    @Option(names = "--package", paramLabel = "<package>",
            description = "The package the app's package goes in (e.g. com.example). Default: none.")
    String basePackage;

    @Option(names = "--dir", paramLabel = "<dir>", defaultValue = "src/main/java",
            description = "The Java source folder. Default: ${DEFAULT-VALUE}; resources and tests go beside it.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String problem = AppSkeleton.checkName(name);
        if (problem == null && basePackage != null) {
            problem = AppSkeleton.checkPackage(basePackage);
        }
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        AppSkeleton skeleton = new AppSkeleton(name, basePackage);
        Map<Path, String> files = skeleton.files(dir);
        PrintWriter err = spec.commandLine().getErr();
        Path appDir = dir.resolve(skeleton.packageName().replace('.', '/'));
        if (Files.exists(appDir)) {
            err.println(appDir + " already exists; startapp does not overwrite files. Choose another name or remove it.");
            return Manage.ERROR;
        }
        for (Path p : files.keySet()) {
            if (Files.exists(p)) {
                err.println(p + " already exists; startapp does not overwrite files. Choose another name or remove it.");
                return Manage.ERROR;
            }
        }
        try {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Files.createDirectories(f.getKey().getParent());
                Files.writeString(f.getKey(), f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("startapp could not write " + appDir + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created app '" + name + "' in " + appDir + ".");
        out.println("Next: add " + skeleton.packageName() + "." + skeleton.className("App")
                + " to INSTALLED_APPS and path(\"" + name + "/\", include(" + skeleton.className("Urls")
                + ".class)) to your ROOT_URLCONF.");
        return Manage.OK;
    }
}
