/**
 * The most common English word forms in rough frequency-rank order, commonest first: about the 500 commonest word
 * forms of everyday written English, written for this project (general English, not derived from any corpus the
 * project evaluates on). News function words ("said", "year", "percent") sit near the top on purpose. Repeats are
 * harmless: paraphrase/rarity.ts ranks stems, each by its first occurrence.
 */
export const COMMON_WORDS: readonly string[] = (
  'the of and to a in is that for it as was with be by on not he i this are or his from at which but have an they ' +
  'you were her she had one all we there been has their if its more would will who so no what can about when them ' +
  'some him said also into only other then two time could these new than may first any like our do my up out after ' +
  'most should over such made people me very now years even well many where just those because how before must ' +
  'through back much years way did year between being under both own down same each while last us off still here ' +
  'against three never make good without says know take another go world state might since get work day used life ' +
  'again government part against old place during however great few long around little come every man men public ' +
  'does percent say think number high later found want need use end without put home see small end left why right ' +
  'often until along until became next group side told thing things point given become four five less set country ' +
  'among already less second week weeks month months today yesterday monday tuesday wednesday thursday friday ' +
  'saturday sunday per cent million billion thousand hundred report reported according told news president ' +
  'official officials city national company companies market percent share shares police days help show case ' +
  'called while early best called took came went went going make making made says say asked added including ' +
  'several found real small large big former major local end least half far city far whether across although yet ' +
  'family children women woman child school house law war team support business service money power order games ' +
  'political economic social military international american united states national federal court health plan ' +
  'system program question problem fact area since help hand head face lot kind sure able likely late top full ' +
  'away already keep let began begin seem seems seemed try tried call called find give gave given look looked ' +
  'took taken turn turned move moved play played run ran live lived believe believed bring brought happen happened ' +
  'write wrote provide provided sit stand lose lost pay paid meet met include included continue continued learn ' +
  'change changed lead led understand understood watch follow followed stop stopped create spoke speak read allow ' +
  'allowed add spend spent grow grew open opened walk walked win won offer offered remember love consider appear ' +
  'appeared buy wait serve die died send sent expect expected build built stay fall fell cut reach kill killed ' +
  'remain remained suggest raise pass passed sell sold require required decide decided return returned explain ' +
  'hope hoped develop carry break receive received agree agreed thought held hold told ago once close including ' +
  'nearly almost another something nothing anything everything someone anyone everyone really always ever quite ' +
  'rather perhaps maybe probably simply clearly especially recently currently finally certainly possible available ' +
  'different important public whole free true special hard clear recent certain personal open red black white ' +
  'human local sure low young old new main total final general private current key past future following ' +
  'monday morning night evening time times period issue issues side sides level levels rate rates price prices ' +
  'members member leader leaders minister director chief head office room water food air data information story ' +
  'news result results reason way ways idea body job jobs history community name names word words research ' +
  'service services money process control policy policies security interest interests value action actions ' +
  'decision decisions cost costs care effort efforts rights right force forces event events countries nation ' +
  'department party parties election campaign vote votes bill told statement statements comment comments ' +
  'spokesman spokeswoman told reporters interview earlier later last next'
).split(' ');
