/** English function words and reporting filler that carry no topic. Matching and claims ignore them. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any anyone
  anything are aren't around as at back be became because become been before being below between both but by
  can can't cannot could couldn't did didn't do does doesn't doing don't done down during each either else
  enough even ever every few for from further get gets getting give given go goes going gone got had hadn't
  has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's
  however i i'd i'll i'm i've if in into is isn't it it's its itself just least less let's like likely made
  make many may me might more most much must mustn't my myself neither no nor not now of off often on once
  one only or other others ought our ours ourselves out over own per perhaps put quite rather re really said
  same say says see seen shall shan't she she'd she'll she's should shouldn't since so some something still
  such than that that's the their theirs them themselves then there there's these they they'd they'll
  they're they've this those though through thus to too toward towards under until up upon us very via was
  wasn't we we'd we'll we're we've were weren't what what's when when's where where's whether which while who
  who's whom whose why why's will with within without won't would wouldn't yet you you'd you'll you're
  you've your yours yourself yourselves told tell tells according mr mrs ms dr new news report reports
  reported reuters ap afp cnn bbc monday tuesday wednesday thursday friday saturday sunday today yesterday
  tomorrow week weeks year years day days time times people including later earlier last first two three`
    .split(/\s+/)
    .filter(Boolean),
);
