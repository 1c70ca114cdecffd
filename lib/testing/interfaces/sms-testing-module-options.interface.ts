/** How `SmsTestingModule.forRoot` sets up its `RecordingSmsService`. */
export interface SmsTestingModuleOptions {
  /** The sender line used when a send names none, as in `SmsModule`. */
  defaultSender?: string | number;
  /** The IANA time zone in which a scheduled `date` is written and read. Default `Asia/Tehran`. */
  timeZone?: string;
  /** The most parts a message may be sent in, as in `SmsModule`. Default: no limit. */
  maxSegments?: number;
  /** Serves `SmsService` to every module of the application, as `SmsModule`'s `isGlobal` does. Default `false`. */
  isGlobal?: boolean;
  /** Stands in for the instance `SmsModule.forRoot({ name })` registers, under its tokens. */
  name?: string;
}
