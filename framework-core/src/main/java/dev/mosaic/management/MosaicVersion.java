package dev.mosaic.management;

import picocli.CommandLine.IVersionProvider;

/** {@code manage --version}: the framework-core jar's version. */
final class MosaicVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = MosaicVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Mosaic " + (v == null ? "(development build)" : v)};
    }
}
