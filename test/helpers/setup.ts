import 'reflect-metadata';

// @apollo/gateway (the federation and replica tests) sends usage telemetry to Apollo every hour, and probes the
// cloud providers' metadata addresses to describe its host, unless told not to: nothing in the tests leaves the machine.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';
