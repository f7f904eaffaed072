/**
 * How a session's paths reach their storage: BeamFrame's defaults for Beam's filesystem options,
 * in particular S3 ({@code s3://}) and S3-compatible servers. {@link org.beamframe.runners.storage.StorageOptions}
 * fills in the AWS region without asking the EC2 metadata service and selects
 * {@link org.beamframe.runners.storage.PathStyleS3Clients} for an {@code --endpoint} of one's own;
 * {@link org.beamframe.runners.storage.S3OptionsRegistrar} makes Beam's S3 flags known on the command line.
 * This package is internal to BeamFrame's runners and not a stable API.
 */
package org.beamframe.runners.storage;
