import { ArrayNotEmpty, IsArray, IsString, Matches } from 'class-validator';

/** A campaign: one text to any number of receptors, sent with `SmsService.sendBulk`. */
export class CampaignDto {
  /** The text; anything that shows. */
  @Matches(/\S/, { message: 'message must be a non-empty string' })
  message!: string;

  /** The receptors, in any usual form; `sendBulk` normalises, deduplicates and checks them. */
  @IsArray({ message: 'receptors must be an array of mobile numbers' })
  @ArrayNotEmpty({ message: 'receptors is empty: give at least one number' })
  @IsString({ each: true, message: 'receptors must be strings' })
  receptors!: string[];
}
