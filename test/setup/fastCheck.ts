import fc from 'fast-check';

// A property test that writes `maxLength: 120` means arrays of up to 120 items; without this,
// fast-check's default size keeps every array at 10 items or fewer, whatever maxLength says.
fc.configureGlobal({ defaultSizeToMaxWhenMaxSpecified: true });
